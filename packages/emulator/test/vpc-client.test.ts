import { paginate, VpcApiError, VpcClient, waitFor } from '@gc/vpc-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY, startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin } from './signed-call.ts';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'manual', describesToAdvance: 2 } });
});
afterAll(() => emu.close());
beforeEach(async () => {
  await admin(emu, 'POST', 'reset');
  await admin(emu, 'DELETE', 'faults');
});

const client = (o: Partial<ConstructorParameters<typeof VpcClient>[0]> = {}) =>
  new VpcClient({
    endpoint: emu.url,
    credentials: { ...DEMO_ACCESS_KEY },
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    ...o,
  });

describe.each([
  ['XML over GET, signature 1.0', { format: 'XML', method: 'GET' }],
  ['JSON over POST, signature 1.0', { format: 'JSON', method: 'POST' }],
  ['JSON, ACS3', { format: 'JSON', signatureVersion: 'v3' }],
] as const)('@gc/vpc-client, %s', (_label, options) => {
  it('runs create → waitFor Available → list → rename → delete', async () => {
    const vpc = client(options);
    try {
      const vsws = await vpc.describeVSwitches({
        RegionId: 'ap-southeast-1',
        VSwitchName: 'sg-app-b',
      });
      const vsw = vsws.VSwitches.VSwitch[0];
      expect(vsw?.VSwitchName).toBe('sg-app-b');
      const created = await vpc.createNatGateway({
        RegionId: 'ap-southeast-1',
        VpcId: vsw?.VpcId ?? '',
        VSwitchId: vsw?.VSwitchId ?? '',
        Name: 'client-nat',
        Tag: [{ Key: 'via', Value: 'vpc-client' }],
      });
      const id = created.NatGatewayId;
      const ready = await waitFor(
        () => vpc.describeNatGateways({ RegionId: 'ap-southeast-1', NatGatewayId: id }),
        (r) => r.NatGateways.NatGateway[0]?.Status === 'Available',
        { timeoutMs: 5000, initialDelayMs: 1, maxDelayMs: 5 },
      );
      expect(ready.NatGateways.NatGateway[0]?.Tags.Tag).toEqual([
        { TagKey: 'via', TagValue: 'vpc-client' },
      ]);
      // One-item lists are arrays, numbers typed, in XML too.
      expect(ready.TotalCount).toBe(1);
      await vpc.modifyNatGatewayAttribute({
        RegionId: 'ap-southeast-1',
        NatGatewayId: id,
        Name: 'client-nat-2',
      });
      const all = await vpc.describeNatGateways({ RegionId: 'ap-southeast-1' });
      expect(all.NatGateways.NatGateway.map((n) => n.Name).sort()).toEqual([
        'client-nat-2',
        'sg-storefront-nat',
      ]);
      await vpc.deleteNatGateway({ RegionId: 'ap-southeast-1', NatGatewayId: id });
      await admin(emu, 'POST', 'advance');
      expect(
        (await vpc.describeNatGateways({ RegionId: 'ap-southeast-1', NatGatewayId: id }))
          .TotalCount,
      ).toBe(0);
    } finally {
      await vpc.close();
    }
  });
});

describe('@gc/vpc-client against faults', () => {
  it('retries a throttled Describe and honours the error envelope', async () => {
    const vpc = client({ retry: { maxAttempts: 10, baseDelayMs: 1, maxDelayMs: 5 } });
    try {
      await admin(emu, 'PUT', 'faults', {
        seed: 3,
        rules: [
          { action: 'DescribeVpcs', probability: 0.5, kind: 'throttling', retryAfterSeconds: 0 },
        ],
      });
      for (let i = 0; i < 4; i += 1)
        expect((await vpc.describeVpcs({ RegionId: 'cn-hangzhou' })).TotalCount).toBe(3);
      await admin(emu, 'DELETE', 'faults');
      const error = await vpc.describeZones({ RegionId: 'nowhere-9' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(VpcApiError);
      expect(error).toMatchObject({ code: 'InvalidRegionId.NotFound', httpStatus: 404 });
      expect((error as VpcApiError).requestId).toMatch(/^[0-9A-F-]{36}$/);
    } finally {
      await vpc.close();
    }
  });

  it('retries a dropped CreateNatGateway with the same ClientToken and creates one gateway', async () => {
    const vpc = client();
    try {
      const vsw = (await vpc.describeVSwitches({ RegionId: 'us-west-1' })).VSwitches.VSwitch[0];
      await admin(emu, 'DELETE', 'stats');
      // Seed 8 rolls 0.156 then 0.625: the first attempt is dropped, the retry is not.
      await admin(emu, 'PUT', 'faults', {
        seed: 8,
        rules: [{ action: 'CreateNatGateway', probability: 0.5, kind: 'drop' }],
      });
      const pending = vpc.createNatGateway(
        {
          RegionId: 'us-west-1',
          VpcId: vsw?.VpcId ?? '',
          VSwitchId: vsw?.VSwitchId ?? '',
          Name: 'retried',
        },
        { clientToken: 'client-drop-1' },
      );
      const created = await pending;
      const stats = (await admin(emu, 'GET', 'stats')) as {
        requests: { byAction: Record<string, number> };
      };
      expect(stats.requests.byAction.CreateNatGateway).toBe(2);
      const nats = await vpc.describeNatGateways({ RegionId: 'us-west-1', Name: 'retried' });
      expect(nats.NatGateways.NatGateway.map((n) => n.NatGatewayId)).toEqual([
        created.NatGatewayId,
      ]);
    } finally {
      await vpc.close();
    }
  });

  it('paginates EIPs across pages', async () => {
    const vpc = client({ format: 'XML' });
    try {
      const seen: string[] = [];
      for await (const eip of paginate(
        async (page) => {
          const r = await vpc.describeEipAddresses({ RegionId: 'cn-hangzhou', ...page });
          return { items: r.EipAddresses.EipAddress, totalCount: r.TotalCount };
        },
        { pageSize: 2 },
      ))
        seen.push(eip.AllocationId);
      expect(seen).toHaveLength(7);
      expect(new Set(seen).size).toBe(7);
    } finally {
      await vpc.close();
    }
  });
});
