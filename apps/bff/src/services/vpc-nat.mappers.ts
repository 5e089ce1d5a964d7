import {
  fullNatEntryStatusSchema,
  natIpStatusSchema,
  type FullNatEntry,
  type NatIp,
  type NatIpCidr,
  type UpdateFullNatEntryRequest,
} from '@gc/contracts';
import type * as Upstream from '@gc/vpc-client';

// The API's VPC NAT objects ↔ the BFF's (REFERENCE-2 §4.8, §4.9).

/** ListNatIpCidrs item → contracts block. */
export const toCidr = (c: Upstream.NatIpCidr): NatIpCidr => ({
  id: c.NatIpCidrId,
  natGatewayId: c.NatGatewayId ?? '',
  cidr: c.NatIpCidr,
  name: c.NatIpCidrName ?? '',
  description: c.NatIpCidrDescription ?? '',
  status: c.NatIpCidrStatus ?? 'Available',
  isDefault: c.IsDefault ?? false,
  creationTime: c.CreationTime ?? '',
});

/** ListNatIps item → contracts NAT IP; an unknown status reads `Creating` so the UI polls. */
export const toNatIp = (n: Upstream.NatIp): NatIp => {
  const status = natIpStatusSchema.safeParse(n.NatIpStatus);
  return {
    id: n.NatIpId,
    natGatewayId: n.NatGatewayId ?? '',
    ip: n.NatIp,
    cidr: n.NatIpCidr ?? '',
    name: n.NatIpName ?? '',
    description: n.NatIpDescription ?? '',
    status: status.success ? status.data : 'Creating',
    isDefault: n.IsDefault ?? false,
  };
};

/** ListFullNatEntries item → contracts entry; an unknown status reads `Pending`. */
export const toFullNat = (e: Upstream.FullNatEntry): FullNatEntry => {
  const status = fullNatEntryStatusSchema.safeParse(e.FullNatEntryStatus);
  return {
    id: e.FullNatEntryId,
    fullNatTableId: e.FullNatTableId ?? '',
    name: e.FullNatEntryName ?? '',
    description: e.FullNatEntryDescription ?? '',
    status: status.success ? status.data : 'Pending',
    ipProtocol: e.IpProtocol ?? '',
    natIp: e.NatIp ?? '',
    natIpPort: e.NatIpPort ?? '',
    accessIp: e.AccessIp ?? '',
    accessDomain: e.AccessDomain ?? '',
    accessPort: e.AccessPort ?? '',
    networkInterfaceId: e.NetworkInterfaceId ?? '',
    creationTime: e.CreationTime ?? '',
  };
};

/** Our body's FULLNAT fields → the API's (every one optional, as ModifyFullNatEntryAttribute). */
export function fullNatFields(input: UpdateFullNatEntryRequest): Upstream.FullNatEntryFields {
  return {
    FullNatEntryName: input.name,
    FullNatEntryDescription: input.description,
    IpProtocol: input.ipProtocol,
    NatIp: input.natIp,
    NatIpPort: input.natIpPort,
    AccessIp: input.accessIp,
    AccessDomain: input.accessDomain,
    AccessPort: input.accessPort,
    NetworkInterfaceId: input.networkInterfaceId,
  };
}
