import { VpcClient } from '@gc/vpc-client';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY } from '../src/index.ts';
import { useManualEmulator } from './manual-emulator.ts';
import { admin } from './signed-call.ts';

// Our client in both wire formats: bare arrays in XML (one element stays a one-item array),
// string vs int TotalCount, and the twelve VPC NAT actions (REFERENCE-2 §0.2, §0.3, §4.8, §4.9).
const emu = useManualEmulator();
const RegionId = 'cn-hangzhou';

describe.each([['XML'], ['JSON']] as const)('@gc/vpc-client with %s', (format) => {
  it('creates, edits, lists and deletes blocks, NAT IPs and FULLNAT entries', async () => {
    const client = new VpcClient({
      endpoint: emu.url,
      credentials: { ...DEMO_ACCESS_KEY },
      format,
    });
    try {
      const gws = await client.describeNatGateways({ RegionId, Name: 'vpc-nat-internal' });
      const gw = gws.NatGateways.NatGateway[0];
      const NatGatewayId = gw?.NatGatewayId ?? '';
      const FullNatTableId = gw?.FullNatTableIds?.FullNatTableId[0] ?? '';
      const NatIpCidr = '172.21.0.0/28';
      await client.createNatIpCidr({ RegionId, NatGatewayId, NatIpCidr, NatIpCidrName: format });
      await client.modifyNatIpCidrAttribute({
        RegionId,
        NatGatewayId,
        NatIpCidr,
        NatIpCidrDescription: 'client',
      });
      const cidrs = await client.listNatIpCidrs({
        RegionId,
        NatGatewayId,
        NatIpCidrs: [NatIpCidr],
      });
      expect(cidrs.TotalCount).toBe('1');
      expect(cidrs.NatIpCidrs).toEqual([
        expect.objectContaining({
          NatIpCidr,
          NatIpCidrName: format,
          NatIpCidrDescription: 'client',
          IsDefault: false,
        }),
      ]);
      const ip = await client.createNatIp({
        RegionId,
        NatGatewayId,
        NatIpCidr,
        NatIp: '172.21.0.9',
      });
      expect(ip.NatIps).toEqual([
        expect.objectContaining({ NatIpId: ip.NatIpId, NatIp: '172.21.0.9' }),
      ]);
      await admin(emu, 'POST', 'advance');
      const NatIpId = ip.NatIpId ?? '';
      await client.modifyNatIpAttribute({ RegionId, NatIpId, NatIpName: 'client-ip' });
      const ips = await client.listNatIps({ RegionId, NatGatewayId, NatIpName: ['client-ip'] });
      expect([ips.TotalCount, ips.NatIps.map((n) => [n.NatIp, n.NatIpStatus])]).toEqual([
        '1',
        [['172.21.0.9', 'Available']],
      ]);
      const { FullNatEntryId } = await client.createFullNatEntry({
        RegionId,
        FullNatTableId,
        NatIp: '172.21.0.9',
        NatIpPort: '53',
        IpProtocol: 'UDP',
        AccessDomain: 'dns.example.internal',
        AccessPort: '53',
        NetworkInterfaceId: 'eni-client',
      });
      await admin(emu, 'POST', 'advance');
      await client.modifyFullNatEntryAttribute({
        RegionId,
        FullNatTableId,
        FullNatEntryId,
        FullNatEntryName: 'dns',
      });
      await admin(emu, 'POST', 'advance');
      const entries = await client.listFullNatEntries({
        RegionId,
        NatGatewayId,
        NatIp: '172.21.0.9',
      });
      expect([entries.TotalCount, entries.FullNatTableId]).toEqual([1, FullNatTableId]);
      expect(entries.FullNatEntries[0]).toMatchObject({
        FullNatEntryName: 'dns',
        IpProtocol: 'UDP',
        AccessDomain: 'dns.example.internal',
        FullNatEntryStatus: 'Available',
      });
      await client.deleteFullNatEntry({ RegionId, FullNatTableId, FullNatEntryId });
      await admin(emu, 'POST', 'advance');
      await client.deleteNatIp({ RegionId, NatIpId });
      await admin(emu, 'POST', 'advance');
      await client.deleteNatIpCidr({ RegionId, NatGatewayId, NatIpCidr });
      const after = await client.listNatIpCidrs({ RegionId, NatGatewayId });
      expect(after.NatIpCidrs.map((c) => c.NatIpCidr)).toEqual([
        '10.10.10.0/24',
        '192.168.50.0/24',
      ]);
    } finally {
      await client.close();
    }
  });
});
