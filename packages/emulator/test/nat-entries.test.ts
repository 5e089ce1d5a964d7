import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin, fails, ok } from './signed-call.ts';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'manual' } });
});
afterAll(() => emu.close());

const R = { RegionId: 'cn-hangzhou' };
interface Gateway {
  id: string;
  stb: string;
  ftb: string;
  eips: { AllocationId: string; IpAddress: string }[];
  vswId: string;
}
let gw: Gateway;

/** A fresh Available NAT gateway in prod-core-vpc with the two spare EIPs bound. */
beforeEach(async () => {
  await admin(emu, 'POST', 'reset');
  await admin(emu, 'PUT', 'timing', { mode: 'manual' });
  const vsws = await ok<{ VSwitches: { VSwitch: { VSwitchId: string; VpcId: string }[] } }>(
    emu.url,
    'DescribeVSwitches',
    { ...R, VSwitchName: 'prod-app-i' },
  );
  const vsw = vsws.VSwitches.VSwitch[0];
  const nat = await ok<{
    NatGatewayId: string;
    SnatTableIds: { SnatTableId: string[] };
    ForwardTableIds: { ForwardTableId: string[] };
  }>(emu.url, 'CreateNatGateway', {
    ...R,
    VpcId: vsw?.VpcId ?? '',
    VSwitchId: vsw?.VSwitchId ?? '',
    Name: 'entries-nat',
  });
  await admin(emu, 'POST', 'advance');
  const spare = await ok<{
    EipAddresses: { EipAddress: { AllocationId: string; IpAddress: string }[] };
  }>(emu.url, 'DescribeEipAddresses', {
    ...R,
    Status: 'Available',
  });
  for (const e of spare.EipAddresses.EipAddress)
    await ok(emu.url, 'AssociateEipAddress', {
      ...R,
      AllocationId: e.AllocationId,
      InstanceId: nat.NatGatewayId,
      InstanceType: 'Nat',
    });
  await admin(emu, 'POST', 'advance');
  gw = {
    id: nat.NatGatewayId,
    stb: nat.SnatTableIds.SnatTableId[0] ?? '',
    ftb: nat.ForwardTableIds.ForwardTableId[0] ?? '',
    eips: spare.EipAddresses.EipAddress,
    vswId: vsw?.VSwitchId ?? '',
  };
});

interface Snats {
  TotalCount: number;
  SnatTableEntries: {
    SnatTableEntry: { SnatEntryId: string; Status: string; SnatIp: string; EipAffinity: string }[];
  };
}
interface Dnats {
  TotalCount: number;
  ForwardTableEntries: {
    ForwardTableEntry: {
      ForwardEntryId: string;
      Status: string;
      IpProtocol: string;
      ExternalPort: string;
    }[];
  };
}

const ip = (i: number) => gw.eips[i]?.IpAddress ?? '';

describe('SNAT entries', () => {
  it('create → Pending → Available → describe → delete → gone', async () => {
    const { SnatEntryId } = await ok<{ SnatEntryId: string }>(emu.url, 'CreateSnatEntry', {
      ...R,
      SnatTableId: gw.stb,
      SourceVSwitchId: gw.vswId,
      SnatIp: `${ip(0)},${ip(1)}`,
      SnatEntryName: 'app-i-out',
    });
    expect(SnatEntryId).toMatch(/^snat-/);
    const pending = await ok<Snats>(emu.url, 'DescribeSnatTableEntries', {
      ...R,
      SnatTableId: gw.stb,
    });
    expect(pending.SnatTableEntries.SnatTableEntry[0]).toMatchObject({
      Status: 'Pending',
      SnatIp: `${ip(0)},${ip(1)}`,
      EipAffinity: '0',
    });
    // Deletes in a table with a Pending entry are refused (sic "Incorret").
    const busy = await fails(emu.url, 'DeleteSnatEntry', {
      ...R,
      SnatTableId: gw.stb,
      SnatEntryId,
    });
    expect([busy.status, busy.code]).toEqual([400, 'IncorretSnatEntryStatus']);
    await admin(emu, 'POST', 'advance');
    const byNat = await ok<Snats>(emu.url, 'DescribeSnatTableEntries', {
      ...R,
      NatGatewayId: gw.id,
      SnatIp: ip(1),
    });
    expect(byNat.SnatTableEntries.SnatTableEntry[0]?.Status).toBe('Available');
    await ok(emu.url, 'DeleteSnatEntry', { ...R, SnatTableId: gw.stb, SnatEntryId });
    await admin(emu, 'POST', 'advance');
    expect(
      (await ok<Snats>(emu.url, 'DescribeSnatTableEntries', { ...R, SnatTableId: gw.stb }))
        .TotalCount,
    ).toBe(0);
  });

  it('validates sources, IPs and duplicates with the real codes', async () => {
    const base = { ...R, SnatTableId: gw.stb, SnatIp: ip(0) };
    const cases: [Record<string, string>, string][] = [
      [{ ...base }, 'MissingParameter'],
      [{ ...base, SourceCIDR: '10.10.0.0/16', SourceVSwitchId: gw.vswId }, 'InvalidParameter'],
      [{ ...base, SourceCIDR: '10.10.0.0/33' }, 'InvalidParameter.SourceCIDR.Malformed'],
      [{ ...base, SourceCIDR: '10.10.0.0/16', SnatIp: '1.2.3' }, 'InvalidSnatIp.Malformed'],
      [{ ...base, SourceCIDR: '10.10.0.0/16', SnatIp: '8.8.8.8' }, 'InvalidSnatIp.NotFound'],
      [
        { ...base, SnatTableId: 'stb-nope', SourceCIDR: '10.10.0.0/16' },
        'InvalidSnatTableId.NotFound',
      ],
      [{ ...base, SourceVSwitchId: 'vsw-nope' }, 'InvalidVSwitchId.NotFound'],
      [
        { ...base, SourceCIDR: '10.10.0.0/16', SnatEntryName: '-x' },
        'InvalidParameter.Name.Malformed',
      ],
      [{ ...base, SourceCIDR: '10.10.0.0/16', DryRun: 'true' }, 'DryRunOperation'],
      [{ RegionId: 'cn-hangzhou', SourceCIDR: '10.10.0.0/16' }, 'MissingSnatTableId'],
    ];
    for (const [params, code] of cases)
      expect((await fails(emu.url, 'CreateSnatEntry', params)).code, JSON.stringify(params)).toBe(
        code,
      );
    await ok(emu.url, 'CreateSnatEntry', { ...base, SourceVSwitchId: gw.vswId });
    await ok(emu.url, 'CreateSnatEntry', { ...base, SourceCIDR: '192.168.50.0/24' });
    expect(
      (await fails(emu.url, 'CreateSnatEntry', { ...base, SourceVSwitchId: gw.vswId })).code,
    ).toBe('Forbidden.SourceVSwitchId.Duplicated');
    expect(
      (await fails(emu.url, 'CreateSnatEntry', { ...base, SourceCIDR: '192.168.50.0/24' })).code,
    ).toBe('OperationUnsupported.CidrConflict');
    expect((await fails(emu.url, 'DescribeSnatTableEntries', R)).code).toBe('MissingParameter');
    expect(
      (
        await fails(emu.url, 'DeleteSnatEntry', {
          ...R,
          SnatTableId: gw.stb,
          SnatEntryId: 'snat-nope',
        })
      ).code,
    ).toBe('InvalidSnatEntryId.NotFound');
  });

  it('refuses entries while the gateway is busy', async () => {
    await ok(emu.url, 'ModifyNatGatewaySpec', { ...R, NatGatewayId: gw.id, Spec: 'Large' });
    const e = await fails(emu.url, 'CreateSnatEntry', {
      ...R,
      SnatTableId: gw.stb,
      SnatIp: ip(0),
      SourceCIDR: '10.10.0.0/16',
    });
    expect(e.code).toBe('IncorrectStatus.NATGW');
  });
});

describe('DNAT (forward) entries', () => {
  const dnat = (over: Record<string, string> = {}) => ({
    ...R,
    ForwardTableId: gw.ftb,
    ExternalIp: ip(0),
    ExternalPort: '8443',
    InternalIp: '10.10.2.10',
    InternalPort: '443',
    IpProtocol: 'tcp',
    ...over,
  });

  it('create → Available → filter → delete', async () => {
    const { ForwardEntryId } = await ok<{ ForwardEntryId: string }>(
      emu.url,
      'CreateForwardEntry',
      dnat({ ForwardEntryName: 'https-in' }),
    );
    expect(ForwardEntryId).toMatch(/^fwd-/);
    await ok(
      emu.url,
      'CreateForwardEntry',
      dnat({ ExternalPort: '1000/1010', InternalPort: '2000/2010', IpProtocol: 'UDP' }),
    );
    const busy = await fails(emu.url, 'DeleteForwardEntry', {
      ...R,
      ForwardTableId: gw.ftb,
      ForwardEntryId,
    });
    expect(busy.code).toBe('IncorretForwardEntryStatus');
    await admin(emu, 'POST', 'advance');
    const tcp = await ok<Dnats>(emu.url, 'DescribeForwardTableEntries', {
      ...R,
      NatGatewayId: gw.id,
      IpProtocol: 'tcp',
    });
    expect(tcp.ForwardTableEntries.ForwardTableEntry).toMatchObject([
      { ForwardEntryId, IpProtocol: 'TCP', Status: 'Available' },
    ]);
    await ok(emu.url, 'DeleteForwardEntry', { ...R, ForwardTableId: gw.ftb, ForwardEntryId });
    await admin(emu, 'POST', 'advance');
    expect(
      (await ok<Dnats>(emu.url, 'DescribeForwardTableEntries', { ...R, ForwardTableId: gw.ftb }))
        .TotalCount,
    ).toBe(1);
  });

  it('validates ports, protocol, IPs and uniqueness', async () => {
    const cases: [Record<string, string>, string][] = [
      [dnat({ ExternalPort: '0' }), 'InvalidExternalPort.Malformed'],
      [dnat({ InternalPort: '70000' }), 'InvalidInternalPort.Malformed'],
      [dnat({ ExternalPort: '10/20', InternalPort: '10/30' }), 'InvalidInternalPort.Malformed'],
      [dnat({ IpProtocol: 'ICMP' }), 'InvalidProtocal.ValueNotSupported'],
      [dnat({ ExternalIp: '1.2.3.400' }), 'InvalidExternalIp.Malformed'],
      [dnat({ InternalIp: 'ten' }), 'InvalidInternalIp.Malformed'],
      [dnat({ ExternalIp: '8.8.8.8' }), 'InvalidExternalIp.NotFound'],
      [dnat({ InternalIp: '172.31.0.1' }), 'Forbidden.InternalIpOutOfVpcCIDR'],
      [dnat({ ForwardTableId: 'ftb-nope' }), 'InvalidForwardTableId.NotFound'],
      [dnat({ IpProtocol: 'Any' }), 'InvalidExternalPort.Malformed'],
      [{ ...R, ForwardTableId: gw.ftb }, 'MissingExternalIp'],
    ];
    for (const [params, code] of cases)
      expect(
        (await fails(emu.url, 'CreateForwardEntry', params)).code,
        JSON.stringify(params),
      ).toBe(code);
    await ok(emu.url, 'CreateForwardEntry', dnat());
    expect(
      (await fails(emu.url, 'CreateForwardEntry', dnat({ InternalIp: '10.10.2.11' }))).code,
    ).toBe('Forbidden.ForwardEntry.Duplicated');
    // An IP mapping (Any) and SNAT cannot share an EIP.
    await ok(emu.url, 'CreateSnatEntry', {
      ...R,
      SnatTableId: gw.stb,
      SnatIp: ip(1),
      SourceCIDR: '10.10.0.0/16',
    });
    const mapped = await fails(
      emu.url,
      'CreateForwardEntry',
      dnat({ ExternalIp: ip(1), ExternalPort: 'Any', InternalPort: 'Any', IpProtocol: 'Any' }),
    );
    expect(mapped.code).toBe('Forbidden.ExternalIp.UsedInSnatTable');
    expect(
      (
        await fails(emu.url, 'DeleteForwardEntry', {
          ...R,
          ForwardTableId: gw.ftb,
          ForwardEntryId: 'fwd-nope',
        })
      ).status,
    ).toBe(404);
  });

  it('caps a table at 100 entries with OperationFailed.DnatQuotaExceed', async () => {
    for (let i = 0; i < 100; i += 1)
      await ok(
        emu.url,
        'CreateForwardEntry',
        dnat({ ExternalPort: String(20000 + i), InternalPort: String(20000 + i) }),
      );
    const e = await fails(
      emu.url,
      'CreateForwardEntry',
      dnat({ ExternalPort: '30000', InternalPort: '30000' }),
    );
    expect(e.code).toBe('OperationFailed.DnatQuotaExceed');
  });
});
