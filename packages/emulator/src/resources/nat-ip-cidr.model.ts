import {
  natIpCidrConflict,
  natIpCidrMalformed,
  natIpCidrNotFound,
  notVpcNatGateway,
} from '../errors.ts';
import type { BaseRecord, Store } from '../store.ts';
import { requireNat } from './nat-gateway.model.ts';
import type { NatGatewayRecord } from './nat-gateway.model.ts';
import { cidrRange, VPC_KIND, VSWITCH_KIND } from './vpc.model.ts';
import type { VpcRecord, VSwitchRecord } from './vpc.model.ts';

/** Store kind of NAT CIDR blocks. */
export const NAT_IP_CIDR_KIND = 'natIpCidrs';

/** A NAT CIDR block of a VPC NAT gateway (ListNatIpCidrs item, REFERENCE-2 §4.8). */
export interface NatIpCidrRecord extends BaseRecord {
  NatGatewayId: string;
  NatIpCidr: string;
  NatIpCidrName: string;
  NatIpCidrDescription: string;
  IsDefault: boolean;
  CreationTime: string;
}

/** Same suffix as the gateway, so defaults need no id counter and appear exactly once. */
const defaultId = (prefix: string, nat: NatGatewayRecord) => `${prefix}-${nat.id.slice(4)}`;

/**
 * The gateway's NAT CIDR blocks. A VPC NAT gateway's default block is its vSwitch's CIDR and its
 * default NAT IP its private address ([emulator choice], §4.8): both appear on first use, so no
 * write to CreateNatGateway or the NAT seed is needed.
 */
export function natIpCidrsOf(store: Store, nat: NatGatewayRecord): NatIpCidrRecord[] {
  const table = store.table<NatIpCidrRecord>(nat.regionId, NAT_IP_CIDR_KIND);
  const id = defaultId('vpcnatcidr', nat);
  if (nat.NetworkType === 'intranet' && !table.get(id)) {
    const vsw = store.table<VSwitchRecord>(nat.regionId, VSWITCH_KIND).get(nat.VSwitchId);
    table.put({
      id,
      regionId: nat.regionId,
      tags: [],
      NatGatewayId: nat.id,
      NatIpCidr: vsw?.CidrBlock ?? '',
      NatIpCidrName: '',
      NatIpCidrDescription: '',
      IsDefault: true,
      CreationTime: nat.CreationTime,
    });
  }
  return table.list().filter((c) => c.NatGatewayId === nat.id);
}

/** The id the gateway's default NAT IP gets. */
export const defaultNatIpId = (nat: NatGatewayRecord): string => defaultId('vpcnatip', nat);

/** A VPC NAT gateway (`NetworkType=intranet`), else [emulator choice] `OperationUnsupported.NetworkType`. */
export function requireVpcNat(store: Store, regionId: string, natId: string): NatGatewayRecord {
  const nat = requireNat(store, regionId, natId);
  if (nat.NetworkType !== 'intranet') throw notVpcNatGateway(nat.id);
  return nat;
}

/** The gateway's block with this CIDR string (Delete/Modify name it by CIDR, not id: §4.8). */
export function requireNatIpCidr(store: Store, nat: NatGatewayRecord, cidr: string) {
  const found = natIpCidrsOf(store, nat).find((c) => c.NatIpCidr === cidr);
  if (!found) throw natIpCidrNotFound(cidr);
  return found;
}

const PRIVATE = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];

function overlaps(a: string, b: string): boolean {
  const x = cidrRange(a);
  const y = cidrRange(b);
  return x.first < y.first + y.size && y.first < x.first + x.size;
}

function inside(inner: string, outer: string): boolean {
  const i = cidrRange(inner);
  const o = cidrRange(outer);
  return i.first >= o.first && i.first + i.size <= o.first + o.size;
}

/** CreateNatIpCidr rules: private range, mask /16–/32, no overlap with the VPC or other blocks (§4.8). */
export function checkNewNatIpCidr(store: Store, nat: NatGatewayRecord, cidr: string): void {
  const mask = Number(cidr.split('/')[1]);
  if (mask < 16) throw natIpCidrMalformed(cidr, 'the mask must be /16 to /32');
  if (!PRIVATE.some((p) => inside(cidr, p)))
    throw natIpCidrMalformed(cidr, 'it must lie in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16');
  const vpc = store.table<VpcRecord>(nat.regionId, VPC_KIND).get(nat.VpcId);
  if (vpc && overlaps(cidr, vpc.CidrBlock)) throw natIpCidrConflict(cidr, vpc.CidrBlock);
  const other = natIpCidrsOf(store, nat).find((c) => overlaps(cidr, c.NatIpCidr));
  if (other) throw natIpCidrConflict(cidr, other.NatIpCidr);
}

/** A block in the ListNatIpCidrs item shape (SDK 7.3.2; `CreationTime` without seconds, §4.8). */
export function renderNatIpCidr(c: NatIpCidrRecord) {
  return {
    NatIpCidrId: c.id,
    NatGatewayId: c.NatGatewayId,
    NatIpCidr: c.NatIpCidr,
    NatIpCidrName: c.NatIpCidrName,
    NatIpCidrDescription: c.NatIpCidrDescription,
    NatIpCidrStatus: 'Available',
    IsDefault: c.IsDefault,
    CreationTime: c.CreationTime.replace(/:\d\dZ$/, 'Z'),
  };
}
