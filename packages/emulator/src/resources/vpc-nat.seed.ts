import type { SeedContext } from '../resource-module.ts';
import { FULLNAT_KIND } from './fullnat-entry.model.ts';
import type { FullNatEntryRecord } from './fullnat-entry.model.ts';
import { NAT_IP_CIDR_KIND, natIpCidrsOf } from './nat-ip-cidr.model.ts';
import type { NatIpCidrRecord } from './nat-ip-cidr.model.ts';
import { NAT_IP_KIND, natIpsOf } from './nat-ip.model.ts';
import type { NatIpRecord } from './nat-ip.model.ts';
import { NAT_KIND } from './nat-gateway.model.ts';
import type { NatGatewayRecord } from './nat-gateway.model.ts';

// The seeded VPC NAT gateway translates the production VPC into a range the IDC does not use:
// one NAT CIDR block outside the VPC, two NAT IPs in it, and a FULLNAT entry on one of them.
const GATEWAY = 'vpc-nat-internal';
const CIDR = { cidr: '192.168.50.0/24', name: 'idc-facing', description: 'IDC 侧地址段' };
const IPS = [
  { ip: '192.168.50.10', name: 'idc-nat-ip-1', description: '对 IDC 的源地址' },
  { ip: '192.168.50.11', name: 'idc-nat-ip-2', description: '' },
];
const FULLNAT = {
  name: 'erp-reverse',
  description: 'IDC ERP via PrivateLink',
  ip: '192.168.50.11',
  port: '8080',
  accessIp: '10.10.10.50',
  accessPort: '80',
};

/** Seeds the NAT CIDR block, NAT IPs and a FULLNAT entry of the seeded VPC NAT gateway. */
export function seedVpcNat(ctx: SeedContext): void {
  const regionId = 'cn-hangzhou';
  if (!ctx.regionIds.includes(regionId)) return;
  const nat = ctx.store
    .table<NatGatewayRecord>(regionId, NAT_KIND)
    .list()
    .find((n) => n.Name === GATEWAY);
  if (!nat) throw new Error(`seed: no ${GATEWAY} in ${regionId}`);
  natIpCidrsOf(ctx.store, nat);
  natIpsOf(ctx.store, nat);
  const base = { regionId, tags: [], NatGatewayId: nat.id };
  ctx.store.table<NatIpCidrRecord>(regionId, NAT_IP_CIDR_KIND).put({
    ...base,
    id: ctx.newId('vpcnatcidr', regionId),
    NatIpCidr: CIDR.cidr,
    NatIpCidrName: CIDR.name,
    NatIpCidrDescription: CIDR.description,
    IsDefault: false,
    CreationTime: nat.CreationTime,
  });
  for (const ip of IPS)
    ctx.store.table<NatIpRecord>(regionId, NAT_IP_KIND).put({
      ...base,
      id: ctx.newId('vpcnatip', regionId),
      NatIp: ip.ip,
      NatIpCidr: CIDR.cidr,
      NatIpName: ip.name,
      NatIpDescription: ip.description,
      IsDefault: false,
      Status: 'Available',
    });
  ctx.store.table<FullNatEntryRecord>(regionId, FULLNAT_KIND).put({
    ...base,
    id: ctx.newId('fullnat', regionId),
    FullNatTableId: nat.FullNatTableId,
    FullNatEntryName: FULLNAT.name,
    FullNatEntryDescription: FULLNAT.description,
    IpProtocol: 'TCP',
    NatIp: FULLNAT.ip,
    NatIpPort: FULLNAT.port,
    AccessIp: FULLNAT.accessIp,
    AccessDomain: '',
    AccessPort: FULLNAT.accessPort,
    NetworkInterfaceId: ctx.newId('eni', regionId),
    Status: 'Available',
    CreationTime: nat.CreationTime,
  });
}
