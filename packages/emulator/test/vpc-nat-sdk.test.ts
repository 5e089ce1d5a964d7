import { describe, expect, it } from 'vitest';
import { useManualEmulator } from './manual-emulator.ts';
import { admin } from './signed-call.ts';
import { models, officialVpcClient, popCoreClient } from './sdk-clients.ts';

// The official SDKs drive all twelve VPC NAT actions (REFERENCE-2 §4.8, §4.9) against the seeded
// VPC NAT gateway: blocks, NAT IPs (Creating → Available → Associated), FULLNAT entries, paging.
const emu = useManualEmulator();
const regionId = 'cn-hangzhou';

describe.each([
  ['ACS3 (SDK default)', undefined],
  ['signature 1.0 (v2)', 'v2' as const],
])('@alicloud/vpc20160428 with %s', (_label, signatureAlgorithm) => {
  it('NAT CIDR block → NAT IPs → SNAT and FULLNAT use them → everything deleted', async () => {
    const vpc = officialVpcClient(emu.url, signatureAlgorithm ? { signatureAlgorithm } : {});
    const gws = await vpc.describeNatGateways(
      new models.DescribeNatGatewaysRequest({ regionId, name: 'vpc-nat-internal' }),
    );
    const gw = gws.body?.natGateways?.natGateway?.[0];
    const natGatewayId = gw?.natGatewayId ?? '';
    const fullNatTableId = gw?.fullNatTableIds?.fullNatTableId?.[0] ?? '';
    const cidrs = await vpc.listNatIpCidrs(
      new models.ListNatIpCidrsRequest({ regionId, natGatewayId }),
    );
    // The default block (the vSwitch's CIDR) and the seeded one; TotalCount is a string.
    expect(cidrs.body?.totalCount).toBe('2');
    expect(cidrs.body?.natIpCidrs?.map((c) => [c.natIpCidr, c.isDefault])).toEqual([
      ['10.10.10.0/24', true],
      ['192.168.50.0/24', false],
    ]);
    expect(cidrs.body?.natIpCidrs?.[0]?.creationTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/);

    const created = await vpc.createNatIpCidr(
      new models.CreateNatIpCidrRequest({
        regionId,
        natGatewayId,
        natIpCidr: '172.20.0.0/24',
        natIpCidrName: 'sdk-block',
      }),
    );
    expect(created.body?.natIpCidrId).toMatch(/^vpcnatcidr-/);
    const overlap = vpc.createNatIpCidr(
      new models.CreateNatIpCidrRequest({ regionId, natGatewayId, natIpCidr: '10.10.0.0/24' }),
    );
    await expect(overlap).rejects.toMatchObject({ code: 'InvalidNatIpCidr.Conflict' });
    await vpc.modifyNatIpCidrAttribute(
      new models.ModifyNatIpCidrAttributeRequest({
        regionId,
        natGatewayId,
        natIpCidr: '172.20.0.0/24',
        natIpCidrDescription: 'renamed by the SDK',
      }),
    );
    const one = await vpc.listNatIpCidrs(
      new models.ListNatIpCidrsRequest({ regionId, natGatewayId, natIpCidrName: ['sdk-block'] }),
    );
    expect(one.body?.natIpCidrs?.[0]).toMatchObject({
      natIpCidr: '172.20.0.0/24',
      natIpCidrDescription: 'renamed by the SDK',
      natIpCidrStatus: 'Available',
    });

    const ip = await vpc.createNatIp(
      new models.CreateNatIpRequest({
        regionId,
        natGatewayId,
        natIpCidr: '172.20.0.0/24',
        natIpName: 'sdk-ip',
      }),
    );
    // The lowest free address after the three reserved ones; NatIps lists it too.
    expect([ip.body?.natIp, ip.body?.natIps?.[0]?.natIpId]).toEqual([
      '172.20.0.3',
      ip.body?.natIpId,
    ]);
    const natIpId = ip.body?.natIpId ?? '';
    const ips = () =>
      vpc.listNatIps(new models.ListNatIpsRequest({ regionId, natGatewayId, natIpIds: [natIpId] }));
    expect((await ips()).body?.natIps?.[0]?.natIpStatus).toBe('Creating');
    await admin(emu, 'POST', 'advance');
    await vpc.modifyNatIpAttribute(
      new models.ModifyNatIpAttributeRequest({ regionId, natIpId, natIpDescription: 'for SNAT' }),
    );
    expect((await ips()).body?.natIps?.[0]).toMatchObject({
      natIp: '172.20.0.3',
      natIpName: 'sdk-ip',
      natIpDescription: 'for SNAT',
      natIpStatus: 'Available',
      isDefault: false,
    });

    // MaxResults is a string; default IP + 2 seeded + the new one = 4, in pages of 3.
    const page1 = await vpc.listNatIps(
      new models.ListNatIpsRequest({ regionId, natGatewayId, maxResults: '3' }),
    );
    expect([page1.body?.totalCount, page1.body?.natIps?.length]).toEqual(['4', 3]);
    const page2 = await vpc.listNatIps(
      new models.ListNatIpsRequest({
        regionId,
        natGatewayId,
        maxResults: '3',
        nextToken: page1.body?.nextToken,
      }),
    );
    expect([page2.body?.natIps?.[0]?.natIpId, page2.body?.nextToken]).toEqual([natIpId, '']);

    // A VPC NAT gateway's SNAT entry takes a NAT IP, and the NAT IP reads Associated.
    const snat = await vpc.createSnatEntry(
      new models.CreateSnatEntryRequest({
        regionId,
        snatTableId: gw?.snatTableIds?.snatTableId?.[0],
        snatIp: '172.20.0.3',
        sourceCIDR: '10.10.1.0/24',
      }),
    );
    expect((await ips()).body?.natIps?.[0]?.natIpStatus).toBe('Associated');
    const inUse = vpc.deleteNatIp(new models.DeleteNatIpRequest({ regionId, natIpId }));
    await expect(inUse).rejects.toMatchObject({ code: 'DependencyViolation.SnatEntry' });

    const entry = await vpc.createFullNatEntry(
      new models.CreateFullNatEntryRequest({
        regionId,
        fullNatTableId,
        natIp: '192.168.50.10',
        natIpPort: '443',
        ipProtocol: 'TCP',
        accessIp: '10.10.10.60',
        accessPort: '443',
        networkInterfaceId: 'eni-sdk-endpoint',
        fullNatEntryName: 'sdk-fullnat',
      }),
    );
    const fullNatEntryId = entry.body?.fullNatEntryId ?? '';
    expect(fullNatEntryId).toMatch(/^fullnat-/);
    const entries = () =>
      vpc.listFullNatEntries(
        new models.ListFullNatEntriesRequest({ regionId, natGatewayId, fullNatEntryId }),
      );
    expect((await entries()).body?.fullNatEntries?.[0]?.fullNatEntryStatus).toBe('Pending');
    await admin(emu, 'POST', 'advance');
    await vpc.modifyFullNatEntryAttribute(
      new models.ModifyFullNatEntryAttributeRequest({
        regionId,
        fullNatTableId,
        fullNatEntryId,
        accessPort: '8443',
      }),
    );
    await admin(emu, 'POST', 'advance');
    const listed = await entries();
    expect(listed.body?.totalCount).toBe(1);
    expect(listed.body?.fullNatEntries?.[0]).toMatchObject({
      fullNatEntryName: 'sdk-fullnat',
      natIp: '192.168.50.10',
      natIpPort: '443',
      accessPort: '8443',
      networkInterfaceType: 'Endpoint',
      fullNatEntryStatus: 'Available',
    });

    // Leftovers block the gateway (§6 #2): entries first.
    const blocked = vpc.deleteNatGateway(
      new models.DeleteNatGatewayRequest({ regionId, natGatewayId }),
    );
    await expect(blocked).rejects.toMatchObject({ code: 'DependencyViolation.SnatEntry' });

    await vpc.deleteFullNatEntry(
      new models.DeleteFullNatEntryRequest({ regionId, fullNatTableId, fullNatEntryId }),
    );
    await vpc.deleteSnatEntry(
      new models.DeleteSnatEntryRequest({
        regionId,
        snatTableId: gw?.snatTableIds?.snatTableId?.[0],
        snatEntryId: snat.body?.snatEntryId,
      }),
    );
    await admin(emu, 'POST', 'advance');
    const stillUsed = vpc.deleteNatIpCidr(
      new models.DeleteNatIpCidrRequest({ regionId, natGatewayId, natIpCidr: '172.20.0.0/24' }),
    );
    await expect(stillUsed).rejects.toMatchObject({ code: 'DependencyViolation.NatIp' });
    await vpc.deleteNatIp(new models.DeleteNatIpRequest({ regionId, natIpId }));
    expect((await ips()).body?.natIps?.[0]?.natIpStatus).toBe('Deleting');
    await admin(emu, 'POST', 'advance');
    expect((await ips()).body?.totalCount).toBe('0');
    await vpc.deleteNatIpCidr(
      new models.DeleteNatIpCidrRequest({ regionId, natGatewayId, natIpCidr: '172.20.0.0/24' }),
    );
    const defaultBlock = vpc.deleteNatIpCidr(
      new models.DeleteNatIpCidrRequest({ regionId, natGatewayId, natIpCidr: '10.10.10.0/24' }),
    );
    await expect(defaultBlock).rejects.toMatchObject({ code: 'OperationFailed.DefaultNatIpCidr' });
    const gone = vpc.deleteFullNatEntry(
      new models.DeleteFullNatEntryRequest({ regionId, fullNatTableId, fullNatEntryId }),
    );
    await expect(gone).rejects.toMatchObject({
      code: 'InvalidFullNatEntryId.NotFound',
      statusCode: 404,
    });
  });
});

describe.each([['GET'], ['POST']] as const)('@alicloud/pop-core with %s', (method) => {
  it('lists the seeded VPC NAT objects and refuses a NAT IP on an Internet NAT gateway', async () => {
    const pop = popCoreClient(emu.url);
    const R = { RegionId: regionId };
    const find = (name: string) =>
      pop.request<{
        NatGateways: {
          NatGateway: { NatGatewayId: string; FullNatTableIds: { FullNatTableId: string[] } }[];
        };
      }>('DescribeNatGateways', { ...R, Name: name }, { method });
    const gw = (await find('vpc-nat-internal')).NatGateways.NatGateway[0];
    const ips = await pop.request<{
      TotalCount: string;
      NatIps: { NatIp: string; NatIpStatus: string }[];
    }>(
      'ListNatIps',
      { ...R, NatGatewayId: gw?.NatGatewayId, NatIpCidr: '192.168.50.0/24' },
      { method },
    );
    // The FULLNAT entry's NAT IP (.11) reads Available: only SNAT/DNAT associate (§7.5).
    expect(ips).toMatchObject({
      TotalCount: '2',
      NatIps: [
        { NatIp: '192.168.50.10', NatIpStatus: 'Available' },
        { NatIp: '192.168.50.11', NatIpStatus: 'Available' },
      ],
    });
    const entries = await pop.request<{ TotalCount: number; FullNatEntries: { NatIp: string }[] }>(
      'ListFullNatEntries',
      { ...R, FullNatTableId: gw?.FullNatTableIds.FullNatTableId[0] },
      { method },
    );
    expect([entries.TotalCount, entries.FullNatEntries[0]?.NatIp]).toEqual([1, '192.168.50.11']);
    const internet = (await find('prod-egress-nat')).NatGateways.NatGateway[0];
    const refused = pop.request(
      'CreateNatIp',
      { ...R, NatGatewayId: internet?.NatGatewayId, NatIpCidr: '192.168.9.0/24' },
      { method },
    );
    await expect(refused).rejects.toMatchObject({ code: 'OperationUnsupported.NetworkType' });
  });
});
