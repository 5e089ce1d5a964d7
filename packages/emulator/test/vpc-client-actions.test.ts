import { paginateByToken, VpcClient } from '@gc/vpc-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY, startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'immediate' } });
});
afterAll(() => emu.close());

const R = { RegionId: 'cn-beijing' };

// Every NAT/EIP/entry/tag action through our client in both formats: the emulator's shapes and
// the client's decoders must agree (one-item lists, numbers, booleans, irregular wrappers).
describe.each(['XML', 'JSON'] as const)(
  '@gc/vpc-client over %s: every NAT, EIP and tag action',
  (format) => {
    it('round-trips', async () => {
      const vpc = new VpcClient({ endpoint: emu.url, credentials: { ...DEMO_ACCESS_KEY }, format });
      try {
        const regions = await vpc.describeRegions({ AcceptLanguage: 'en-US' });
        expect(regions.Regions.Region.some((r) => r.RegionId === 'cn-beijing')).toBe(true);
        const zones = await vpc.describeZones({ ...R });
        expect(zones.Zones.Zone.length).toBeGreaterThan(1);
        const vpcs = await vpc.describeVpcs({ ...R, VpcName: '数据平台VPC' });
        expect(vpcs.Vpcs.Vpc[0]?.NatGatewayIds.NatGatewayIds).toHaveLength(1);
        const vsw = (await vpc.describeVSwitches({ ...R, VSwitchName: 'bigdata-k' })).VSwitches
          .VSwitch[0];
        expect(typeof vsw?.AvailableIpAddressCount).toBe('number');
        const nat = (await vpc.describeNatGateways({ ...R })).NatGateways.NatGateway[0];
        expect(nat?.IpLists.IpList).toHaveLength(2);
        expect(nat?.NatGatewayPrivateInfo?.VswitchId).toMatch(/^vsw-/);
        const eip = await vpc.allocateEipAddress({ ...R, Bandwidth: '5', Name: `eip-${format}` });
        await vpc.associateEipAddress({
          ...R,
          AllocationId: eip.AllocationId,
          InstanceId: nat?.NatGatewayId ?? '',
          InstanceType: 'Nat',
        });
        const eips = await vpc.describeEipAddresses({ ...R, AllocationId: eip.AllocationId });
        expect(eips.EipAddresses.EipAddress[0]).toMatchObject({ Status: 'InUse', Bandwidth: '5' });
        const snat = await vpc.createSnatEntry({
          ...R,
          SnatTableId: nat?.SnatTableIds.SnatTableId[0] ?? '',
          SnatIp: eip.EipAddress,
          SourceCIDR: format === 'XML' ? '10.40.100.0/24' : '10.40.101.0/24',
        });
        const snats = await vpc.describeSnatTableEntries({
          ...R,
          SnatTableId: nat?.SnatTableIds.SnatTableId[0] ?? '',
          SnatEntryId: snat.SnatEntryId,
        });
        expect(snats.SnatTableEntries.SnatTableEntry).toHaveLength(1);
        const dnat = await vpc.createForwardEntry({
          ...R,
          ForwardTableId: nat?.ForwardTableIds.ForwardTableId[0] ?? '',
          ExternalIp: eip.EipAddress ?? '',
          ExternalPort: '8080',
          InternalIp: '10.40.1.8',
          InternalPort: '80',
          IpProtocol: 'TCP',
        });
        const dnats = await vpc.describeForwardTableEntries({
          ...R,
          ForwardTableId: nat?.ForwardTableIds.ForwardTableId[0] ?? '',
          ForwardEntryId: dnat.ForwardEntryId,
        });
        expect(dnats.ForwardTableEntries.ForwardTableEntry[0]?.ExternalPort).toBe('8080');
        await vpc.deleteForwardEntry({
          ...R,
          ForwardTableId: nat?.ForwardTableIds.ForwardTableId[0] ?? '',
          ForwardEntryId: dnat.ForwardEntryId,
        });
        await vpc.deleteSnatEntry({
          ...R,
          SnatTableId: nat?.SnatTableIds.SnatTableId[0] ?? '',
          SnatEntryId: snat.SnatEntryId,
        });
        await vpc.unassociateEipAddress({
          ...R,
          AllocationId: eip.AllocationId,
          InstanceId: nat?.NatGatewayId ?? '',
          InstanceType: 'Nat',
        });
        await vpc.tagResources({
          ...R,
          ResourceType: 'EIP',
          ResourceId: [eip.AllocationId],
          Tag: [
            { Key: 'a', Value: '1' },
            { Key: 'b', Value: '2' },
          ],
        });
        const keys: string[] = [];
        for await (const t of paginateByToken(async (token) => {
          const page = await vpc.listTagResources({
            ...R,
            ResourceType: 'EIP',
            ResourceId: [eip.AllocationId],
            MaxResults: 1,
            ...(token ? { NextToken: token } : {}),
          });
          return {
            items: page.TagResources.TagResource,
            ...(page.NextToken ? { nextToken: page.NextToken } : {}),
          };
        }))
          keys.push(t.TagKey ?? '');
        expect(keys).toEqual(['a', 'b']);
        await vpc.unTagResources({
          ...R,
          ResourceType: 'EIP',
          ResourceId: [eip.AllocationId],
          All: true,
        });
        await vpc.releaseEipAddress({ ...R, AllocationId: eip.AllocationId });
        await vpc.modifyNatGatewaySpec({
          ...R,
          NatGatewayId: nat?.NatGatewayId ?? '',
          Spec: format === 'XML' ? 'Middle' : 'Large',
        });
        expect(
          (await vpc.describeEipAddresses({ ...R, AllocationId: eip.AllocationId })).TotalCount,
        ).toBe(0);
      } finally {
        await vpc.close();
      }
    });
  },
);
