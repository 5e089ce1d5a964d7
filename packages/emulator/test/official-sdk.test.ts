import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin } from './signed-call.ts';
import { models, officialVpcClient, popCoreClient } from './sdk-clients.ts';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'manual', describesToAdvance: 2 } });
});
afterAll(() => emu.close());
beforeEach(() => admin(emu, 'POST', 'reset'));

interface PopNats {
  TotalCount: number;
  NatGateways: { NatGateway: { NatGatewayId: string; Name: string; Status: string }[] };
}

describe.each([
  ['ACS3 (SDK default)', undefined],
  ['signature 1.0 (v2)', 'v2' as const],
])('@alicloud/vpc20160428 with %s', (_label, signatureAlgorithm) => {
  const client = () => officialVpcClient(emu.url, signatureAlgorithm ? { signatureAlgorithm } : {});

  it('runs create → wait until Available → list → rename → delete', async () => {
    const vpc = client();
    const vsws = await vpc.describeVSwitches(
      new models.DescribeVSwitchesRequest({ regionId: 'cn-hangzhou', vSwitchName: 'prod-app-i' }),
    );
    const vsw = vsws.body?.vSwitches?.vSwitch?.[0];
    expect(vsw?.vSwitchName).toBe('prod-app-i');
    const created = await vpc.createNatGateway(
      new models.CreateNatGatewayRequest({
        regionId: 'cn-hangzhou',
        vpcId: vsw?.vpcId,
        vSwitchId: vsw?.vSwitchId,
        name: 'sdk-nat',
        natType: 'Enhanced',
        networkType: 'internet',
        clientToken: `sdk-${signatureAlgorithm ?? 'v3'}`,
        tag: [new models.CreateNatGatewayRequestTag({ key: 'k', value: '值' })],
      }),
    );
    const id = created.body?.natGatewayId ?? '';
    expect(id).toMatch(/^ngw-/);
    expect(created.body?.snatTableIds?.snatTableId?.[0]).toMatch(/^stb-/);
    let status = '';
    for (let i = 0; i < 5 && status !== 'Available'; i += 1) {
      const d = await vpc.describeNatGateways(
        new models.DescribeNatGatewaysRequest({ regionId: 'cn-hangzhou', natGatewayId: id }),
      );
      status = d.body?.natGateways?.natGateway?.[0]?.status ?? '';
    }
    expect(status).toBe('Available');
    const list = await vpc.describeNatGateways(
      new models.DescribeNatGatewaysRequest({ regionId: 'cn-hangzhou', pageSize: 50 }),
    );
    expect(list.body?.totalCount).toBe(4);
    const mine = list.body?.natGateways?.natGateway?.find((n) => n.natGatewayId === id);
    expect(mine?.tags?.tag?.[0]).toMatchObject({ tagKey: 'k', tagValue: '值' });
    await vpc.modifyNatGatewayAttribute(
      new models.ModifyNatGatewayAttributeRequest({
        regionId: 'cn-hangzhou',
        natGatewayId: id,
        name: 'sdk-nat-renamed',
      }),
    );
    const renamed = await vpc.describeNatGateways(
      new models.DescribeNatGatewaysRequest({ regionId: 'cn-hangzhou', name: 'sdk-nat-renamed' }),
    );
    expect(renamed.body?.natGateways?.natGateway?.map((n) => n.natGatewayId)).toEqual([id]);
    await vpc.deleteNatGateway(
      new models.DeleteNatGatewayRequest({ regionId: 'cn-hangzhou', natGatewayId: id }),
    );
    await admin(emu, 'POST', 'advance');
    const gone = await vpc.describeNatGateways(
      new models.DescribeNatGatewaysRequest({ regionId: 'cn-hangzhou', natGatewayId: id }),
    );
    expect(gone.body?.totalCount).toBe(0);
  });

  it('calls DescribeRegions without RegionId and gets localized names', async () => {
    const r = await client().describeRegions(
      new models.DescribeRegionsRequest({ acceptLanguage: 'en-US' }),
    );
    expect(r.body?.regions?.region?.find((x) => x.regionId === 'eu-central-1')?.localName).toBe(
      'Germany (Frankfurt)',
    );
    expect(r.headers?.['x-acs-request-id']).toBe(r.body?.requestId);
  });

  it('surfaces a wrong secret as SignatureDoesNotMatch with the status 400', async () => {
    const bad = officialVpcClient(emu.url, {
      accessKeySecret: 'wrong',
      ...(signatureAlgorithm ? { signatureAlgorithm } : {}),
    });
    const error = await bad
      .describeRegions(new models.DescribeRegionsRequest({}))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SignatureDoesNotMatch', statusCode: 400 });
  });
});

describe('@alicloud/pop-core', () => {
  it('runs the NAT lifecycle with GET and POST', async () => {
    const pop = popCoreClient(emu.url);
    const vsws = await pop.request<{
      VSwitches: { VSwitch: { VSwitchId: string; VpcId: string }[] };
    }>('DescribeVSwitches', {
      RegionId: 'cn-shanghai',
      VSwitchName: 'sh-app-m',
    });
    const vsw = vsws.VSwitches.VSwitch[0];
    const created = await pop
      .request<{ NatGatewayId: string }>(
        'CreateNatGateway',
        {
          RegionId: 'cn-shanghai',
          VpcId: vsw?.VpcId,
          VSwitchId: vsw?.VSwitchId,
          Name: 'pop-core nat*',
          Description: "it's (quoted) ~ ok",
        },
        { method: 'POST' },
      )
      .catch((e: unknown) => e);
    // A space and * are not allowed in a NAT name: the error is the field-naming code.
    expect(created).toMatchObject({ code: 'InvalidParameter.Name.Malformed' });
    const ok = await pop.request<{ NatGatewayId: string }>(
      'CreateNatGateway',
      {
        RegionId: 'cn-shanghai',
        VpcId: vsw?.VpcId,
        VSwitchId: vsw?.VSwitchId,
        Name: 'pop-core-nat',
        Description: "it's (quoted) * ~ ok",
      },
      { method: 'POST' },
    );
    let nats: PopNats | undefined;
    for (let i = 0; i < 3; i += 1)
      nats = await pop.request<PopNats>('DescribeNatGateways', {
        RegionId: 'cn-shanghai',
        NatGatewayId: ok.NatGatewayId,
      });
    expect(nats?.NatGateways.NatGateway[0]?.Status).toBe('Available');
    await pop.request(
      'ModifyNatGatewayAttribute',
      { RegionId: 'cn-shanghai', NatGatewayId: ok.NatGatewayId, Name: '上海-出网' },
      { method: 'POST' },
    );
    const renamed = await pop.request<PopNats>('DescribeNatGateways', {
      RegionId: 'cn-shanghai',
      Name: '上海-出网',
    });
    expect(renamed.NatGateways.NatGateway.map((n) => n.NatGatewayId)).toEqual([ok.NatGatewayId]);
    await pop.request('DeleteNatGateway', {
      RegionId: 'cn-shanghai',
      NatGatewayId: ok.NatGatewayId,
    });
    await admin(emu, 'POST', 'advance');
    const gone = await pop.request<PopNats>('DescribeNatGateways', {
      RegionId: 'cn-shanghai',
      NatGatewayId: ok.NatGatewayId,
    });
    expect(gone.TotalCount).toBe(0);
  });
});

describe('official SDKs against faults', () => {
  it('see Throttling.User as a ThrottlingError with retryAfter from x-acs-retry-after', async () => {
    await admin(emu, 'PUT', 'faults', {
      rules: [{ action: 'DescribeVpcs', probability: 1, kind: 'throttling', retryAfterSeconds: 4 }],
    });
    try {
      const error = await officialVpcClient(emu.url)
        .describeVpcs(new models.DescribeVpcsRequest({ regionId: 'cn-hangzhou' }))
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'Throttling.User', statusCode: 400, retryAfter: 4 });
      const pop = await popCoreClient(emu.url)
        .request('DescribeVpcs', { RegionId: 'cn-hangzhou' })
        .catch((e: unknown) => e);
      expect(pop).toMatchObject({ code: 'Throttling.User' });
    } finally {
      await admin(emu, 'DELETE', 'faults');
    }
  });
});
