import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin, fails, ok } from './signed-call.ts';

// ModifyIpv6AddressAttribute (REFERENCE-2 §5.4) and the documented statuses of the
// AllocateIpv6InternetBandwidth errors (REFERENCE-2 §5.5, §6 #11–#13).
let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'manual' } });
});
afterAll(() => emu.close());
beforeEach(() => admin(emu, 'POST', 'reset'));

const R = { RegionId: 'cn-hangzhou' };

interface Addr {
  Ipv6AddressId: string;
  Ipv6AddressName: string;
  Ipv6AddressDescription: string;
  Ipv6GatewayId: string;
  NetworkType: string;
}

async function address(name: string): Promise<Addr> {
  const r = await ok<{ Ipv6Addresses: { Ipv6Address: Addr[] } }>(emu.url, 'DescribeIpv6Addresses', {
    ...R,
    Name: name,
  });
  const found = r.Ipv6Addresses.Ipv6Address[0];
  if (!found) throw new Error(`seed changed: no ${name}`);
  return found;
}

async function byId(id: string): Promise<Addr | undefined> {
  const r = await ok<{ Ipv6Addresses: { Ipv6Address: Addr[] } }>(emu.url, 'DescribeIpv6Addresses', {
    ...R,
    Ipv6AddressId: id,
  });
  return r.Ipv6Addresses.Ipv6Address[0];
}

describe('ModifyIpv6AddressAttribute', () => {
  it('renames and re-describes an address; Name/Description answer as Ipv6Address*', async () => {
    const { Ipv6AddressId: id } = await address('api-01-ipv6');
    await ok(emu.url, 'ModifyIpv6AddressAttribute', {
      ...R,
      Ipv6AddressId: id,
      Name: 'api-入口-01',
      Description: 'API node, IPv6',
    });
    expect(await byId(id)).toMatchObject({
      Ipv6AddressName: 'api-入口-01',
      Ipv6AddressDescription: 'API node, IPv6',
    });
    // Only what is sent changes; an empty Description clears it.
    await ok(emu.url, 'ModifyIpv6AddressAttribute', { ...R, Ipv6AddressId: id, Description: '' });
    expect(await byId(id)).toMatchObject({
      Ipv6AddressName: 'api-入口-01',
      Ipv6AddressDescription: '',
    });
    expect((await address('api-入口-01')).Ipv6AddressId).toBe(id);
  });

  it('answers its error codes and changes nothing on DryRun', async () => {
    const { Ipv6AddressId: id } = await address('api-02-ipv6');
    const cases: [Record<string, string | boolean>, number, string][] = [
      [{}, 400, 'MissingIpv6AddressId'],
      [{ Ipv6AddressId: 'ipv6-nope', Name: 'x' }, 404, 'ResourceNotFound.Ipv6Address'],
      [{ Ipv6AddressId: id, Name: 'http://x' }, 400, 'InvalidParameter.Name.Malformed'],
      [{ Ipv6AddressId: id, Name: 'n'.repeat(129) }, 400, 'InvalidParameter.Name.Malformed'],
      [
        { Ipv6AddressId: id, Description: 'd'.repeat(257) },
        400,
        'InvalidParameter.Description.Malformed',
      ],
      [{ Ipv6AddressId: id, Name: 'dry', DryRun: true }, 400, 'DryRunOperation'],
    ];
    for (const [params, status, code] of cases) {
      const e = await fails(emu.url, 'ModifyIpv6AddressAttribute', { ...R, ...params });
      expect([e.status, e.code], JSON.stringify(params)).toEqual([status, code]);
    }
    expect((await byId(id))?.Ipv6AddressName).toBe('api-02-ipv6');
  });
});

describe('AllocateIpv6InternetBandwidth errors (REFERENCE-2 §5.5)', () => {
  it('answers the documented codes with the documented statuses', async () => {
    const withBw = await address('web-01-ipv6');
    const plain = await address('api-01-ipv6');
    const noGw = await address('pay-app-01-ipv6');
    // A second gateway in the region, on 支付系统VPC, to name the wrong one.
    const vpcs = await ok<{ Vpcs: { Vpc: { VpcId: string }[] } }>(emu.url, 'DescribeVpcs', {
      ...R,
      VpcName: '支付系统VPC',
    });
    const cases: [Record<string, string | number>, number, string][] = [
      [{ Ipv6AddressId: plain.Ipv6AddressId, Bandwidth: 0 }, 400, 'IllegalParam.Bandwidth'],
      [{ Ipv6AddressId: 'ipv6-nope', Bandwidth: 5 }, 404, 'ResourceNotFound.Ipv6Address'],
      [
        { Ipv6AddressId: noGw.Ipv6AddressId, Bandwidth: 5 },
        400,
        'OperationFailed.Ipv6GatewayNotExist',
      ],
      [
        { Ipv6AddressId: withBw.Ipv6AddressId, Bandwidth: 5 },
        400,
        'OperationFailed.InternetBandwidthAlreadyExisted',
      ],
    ];
    for (const [params, status, code] of cases) {
      const e = await fails(emu.url, 'AllocateIpv6InternetBandwidth', { ...R, ...params });
      expect([e.status, e.code], JSON.stringify(params)).toEqual([status, code]);
    }
    const { Ipv6GatewayId: otherGw } = await ok<{ Ipv6GatewayId: string }>(
      emu.url,
      'CreateIpv6Gateway',
      { ...R, VpcId: vpcs.Vpcs.Vpc[0]?.VpcId ?? '' },
    );
    await admin(emu, 'POST', 'advance');
    const mismatch = await fails(emu.url, 'AllocateIpv6InternetBandwidth', {
      ...R,
      Ipv6AddressId: plain.Ipv6AddressId,
      Ipv6GatewayId: otherGw,
      Bandwidth: 5,
    });
    expect([mismatch.status, mismatch.code]).toEqual([
      400,
      'OperationFailed.Ipv6GatewayDisMatchIpv6Address',
    ]);
    expect((await byId(plain.Ipv6AddressId))?.NetworkType).toBe('Private');
  });
});
