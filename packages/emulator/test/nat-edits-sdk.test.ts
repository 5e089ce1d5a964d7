import { describe, expect, it } from 'vitest';
import { useManualEmulator } from './manual-emulator.ts';
import { admin, fails, ok } from './signed-call.ts';
import { models, officialVpcClient, popCoreClient } from './sdk-clients.ts';

// The official SDKs edit SNAT/DNAT entries and EIPs end to end (REFERENCE-2 §4.1, §4.2, §4.10):
// an edited entry is Pending until the emulator advances, then Available with the new values.
const emu = useManualEmulator();
const regionId = 'cn-hangzhou';

describe.each([
  ['ACS3 (SDK default)', undefined],
  ['signature 1.0 (v2)', 'v2' as const],
])('@alicloud/vpc20160428 with %s', (_label, signatureAlgorithm) => {
  const client = () => officialVpcClient(emu.url, signatureAlgorithm ? { signatureAlgorithm } : {});
  const gateway = async () => {
    const r = await client().describeNatGateways(
      new models.DescribeNatGatewaysRequest({ regionId, name: 'prod-egress-nat' }),
    );
    const g = r.body?.natGateways?.natGateway?.[0];
    return {
      id: g?.natGatewayId ?? '',
      stb: g?.snatTableIds?.snatTableId?.[0] ?? '',
      ftb: g?.forwardTableIds?.forwardTableId?.[0] ?? '',
    };
  };

  it('ModifySnatEntry renames and re-points an entry: Pending → Available', async () => {
    const vpc = client();
    const { stb } = await gateway();
    const list = () =>
      vpc.describeSnatTableEntries(
        new models.DescribeSnatTableEntriesRequest({ regionId, snatTableId: stb }),
      );
    const entry = (await list()).body?.snatTableEntries?.snatTableEntry?.find(
      (e) => e.snatEntryName === 'app-h-egress',
    );
    const snatEntryId = entry?.snatEntryId ?? '';
    await vpc.modifySnatEntry(
      new models.ModifySnatEntryRequest({
        regionId,
        snatTableId: stb,
        snatEntryId,
        snatEntryName: 'app-h-出网',
        snatIp: '47.96.18.202',
        eipAffinity: 1,
      }),
    );
    const edited = () =>
      list().then((r) =>
        r.body?.snatTableEntries?.snatTableEntry?.find((e) => e.snatEntryId === snatEntryId),
      );
    expect(await edited()).toMatchObject({
      snatEntryName: 'app-h-出网',
      snatIp: '47.96.18.202',
      eipAffinity: '1',
      status: 'Pending',
    });
    // While an entry of the table is Pending, no entry of it can be modified (§4.1).
    const again = vpc.modifySnatEntry(
      new models.ModifySnatEntryRequest({
        regionId,
        snatTableId: stb,
        snatEntryId,
        snatEntryName: 'x-again',
      }),
    );
    await expect(again).rejects.toMatchObject({ code: 'IncorretSnatEntryStatus', statusCode: 400 });
    await admin(emu, 'POST', 'advance');
    expect((await edited())?.status).toBe('Available');
    const foreign = vpc.modifySnatEntry(
      new models.ModifySnatEntryRequest({
        regionId,
        snatTableId: stb,
        snatEntryId,
        snatIp: '8.8.8.8',
      }),
    );
    await expect(foreign).rejects.toMatchObject({
      code: 'InvalidSnatIp.NotFound',
      statusCode: 404,
    });
  });

  it('ModifyForwardEntry changes the external port and refuses a clash', async () => {
    const vpc = client();
    const { ftb } = await gateway();
    const list = () =>
      vpc.describeForwardTableEntries(
        new models.DescribeForwardTableEntriesRequest({ regionId, forwardTableId: ftb }),
      );
    const rows = (await list()).body?.forwardTableEntries?.forwardTableEntry ?? [];
    const https = rows.find((e) => e.forwardEntryName === 'web-https')?.forwardEntryId ?? '';
    const http = rows.find((e) => e.forwardEntryName === 'web-http')?.forwardEntryId ?? '';
    await vpc.modifyForwardEntry(
      new models.ModifyForwardEntryRequest({
        regionId,
        forwardTableId: ftb,
        forwardEntryId: https,
        externalPort: '8443',
        forwardEntryName: 'web-https-alt',
        portBreak: true,
      }),
    );
    const one = async () =>
      (await list()).body?.forwardTableEntries?.forwardTableEntry?.find(
        (e) => e.forwardEntryId === https,
      );
    expect(await one()).toMatchObject({
      externalPort: '8443',
      internalPort: '443',
      status: 'Pending',
    });
    await admin(emu, 'POST', 'advance');
    expect(await one()).toMatchObject({ forwardEntryName: 'web-https-alt', status: 'Available' });
    const clash = vpc.modifyForwardEntry(
      new models.ModifyForwardEntryRequest({
        regionId,
        forwardTableId: ftb,
        forwardEntryId: http,
        externalPort: '8443',
        internalPort: '443',
      }),
    );
    await expect(clash).rejects.toMatchObject({ code: 'Forbidden.ForwardEntry.Duplicated' });
    const missing = vpc.modifyForwardEntry(
      new models.ModifyForwardEntryRequest({
        regionId,
        forwardTableId: ftb,
        forwardEntryId: 'fwd-nope',
      }),
    );
    await expect(missing).rejects.toMatchObject({
      code: 'InvalidForwardEntryId.NotFound',
      statusCode: 404,
    });
  });

  it('ModifyEipAddressAttribute renames an EIP and changes its bandwidth at once', async () => {
    const vpc = client();
    const find = () =>
      vpc.describeEipAddresses(
        new models.DescribeEipAddressesRequest({ regionId, eipName: 'prod-egress-1' }),
      );
    const eip = (await find()).body?.eipAddresses?.eipAddress?.[0];
    const allocationId = eip?.allocationId ?? '';
    await vpc.modifyEipAddressAttribute(
      new models.ModifyEipAddressAttributeRequest({
        regionId,
        allocationId,
        name: '生产出口-1',
        description: 'renamed by the SDK',
        bandwidth: '150',
      }),
    );
    const after = await vpc.describeEipAddresses(
      new models.DescribeEipAddressesRequest({ regionId, allocationId }),
    );
    expect(after.body?.eipAddresses?.eipAddress?.[0]).toMatchObject({
      name: '生产出口-1',
      description: 'renamed by the SDK',
      bandwidth: '150',
      status: 'InUse',
    });
    const tooFast = vpc.modifyEipAddressAttribute(
      new models.ModifyEipAddressAttributeRequest({ regionId, allocationId, bandwidth: '900' }),
    );
    await expect(tooFast).rejects.toMatchObject({ code: 'InvalidParameter', statusCode: 400 });
    const unknown = vpc.modifyEipAddressAttribute(
      new models.ModifyEipAddressAttributeRequest({
        regionId,
        allocationId: 'eip-nope',
        name: 'x',
      }),
    );
    await expect(unknown).rejects.toMatchObject({
      code: 'InvalidAllocationId.NotFound',
      statusCode: 404,
    });
  });

  it('DeleteNatGateway answers the documented dependency and state codes', async () => {
    const vpc = client();
    const { id } = await gateway();
    const del = () =>
      vpc.deleteNatGateway(new models.DeleteNatGatewayRequest({ regionId, natGatewayId: id }));
    await expect(del()).rejects.toMatchObject({
      code: 'DependencyViolation.SnatEntry',
      statusCode: 400,
    });
    await vpc.deleteNatGateway(
      new models.DeleteNatGatewayRequest({ regionId, natGatewayId: id, force: true }),
    );
    // Already Deleting: the wrong-state code is a 404 on this action (REFERENCE-2 §6 row 1).
    await expect(del()).rejects.toMatchObject({
      code: 'IncorrectStatus.NatGateway',
      statusCode: 404,
    });
  });
});

describe.each([['GET'], ['POST']] as const)('@alicloud/pop-core with %s', (method) => {
  it('modifies a DNAT entry and an EIP', async () => {
    const pop = popCoreClient(emu.url);
    const gws = await pop.request<{
      NatGateways: { NatGateway: { ForwardTableIds: { ForwardTableId: string[] } }[] };
    }>('DescribeNatGateways', { RegionId: regionId, Name: 'prod-egress-nat' }, { method });
    const ftb = gws.NatGateways.NatGateway[0]?.ForwardTableIds.ForwardTableId[0] ?? '';
    const rows = await pop.request<{
      ForwardTableEntries: {
        ForwardTableEntry: { ForwardEntryId: string; ForwardEntryName: string }[];
      };
    }>('DescribeForwardTableEntries', { RegionId: regionId, ForwardTableId: ftb }, { method });
    const ssh = rows.ForwardTableEntries.ForwardTableEntry.find(
      (e) => e.ForwardEntryName === 'bastion-ssh',
    );
    await pop.request(
      'ModifyForwardEntry',
      {
        RegionId: regionId,
        ForwardTableId: ftb,
        ForwardEntryId: ssh?.ForwardEntryId,
        ExternalPort: '2200',
      },
      { method },
    );
    await admin(emu, 'POST', 'advance');
    const after = await pop.request<{
      ForwardTableEntries: { ForwardTableEntry: { ExternalPort: string; Status: string }[] };
    }>(
      'DescribeForwardTableEntries',
      { RegionId: regionId, ForwardTableId: ftb, ForwardEntryId: ssh?.ForwardEntryId },
      { method },
    );
    expect(after.ForwardTableEntries.ForwardTableEntry[0]).toMatchObject({
      ExternalPort: '2200',
      Status: 'Available',
    });
    const eips = await pop.request<{ EipAddresses: { EipAddress: { AllocationId: string }[] } }>(
      'DescribeEipAddresses',
      { RegionId: regionId, EipName: 'spare-eip-1' },
      { method },
    );
    const AllocationId = eips.EipAddresses.EipAddress[0]?.AllocationId ?? '';
    await pop.request(
      'ModifyEipAddressAttribute',
      { RegionId: regionId, AllocationId, Name: `pop-${method}` },
      { method },
    );
    const renamed = await pop.request<{ EipAddresses: { EipAddress: { Name: string }[] } }>(
      'DescribeEipAddresses',
      { RegionId: regionId, AllocationId },
      { method },
    );
    expect(renamed.EipAddresses.EipAddress[0]?.Name).toBe(`pop-${method}`);
  });
});

describe.each([['XML'], ['JSON']] as const)('signed calls in %s', (format) => {
  it('answers the three edits and their errors in the requested format', async () => {
    const R = { RegionId: regionId };
    const eips = await ok<{ EipAddresses: { EipAddress: { AllocationId: string }[] } }>(
      emu.url,
      'DescribeEipAddresses',
      { ...R, EipName: 'spare-eip-1' },
    );
    const AllocationId = eips.EipAddresses.EipAddress[0]?.AllocationId ?? '';
    const done = await ok(
      emu.url,
      'ModifyEipAddressAttribute',
      { ...R, AllocationId, Description: format },
      { format },
    );
    expect(done.RequestId).toBeTruthy();
    const cases: [string, Record<string, string>, number, string][] = [
      [
        'ModifySnatEntry',
        { SnatTableId: 'stb-nope', SnatEntryId: 'snat-x' },
        404,
        'InvalidSnatTableId.NotFound',
      ],
      [
        'ModifyForwardEntry',
        { ForwardTableId: 'ftb-nope', ForwardEntryId: 'fwd-x' },
        404,
        'InvalidForwardTableId.NotFound',
      ],
      ['ModifyEipAddressAttribute', { AllocationId, Bandwidth: 'fast' }, 400, 'InvalidParameter'],
    ];
    for (const [action, params, status, code] of cases) {
      const e = await fails(emu.url, action, { ...R, ...params }, { format });
      expect([e.status, e.code], action).toEqual([status, code]);
    }
  });
});
