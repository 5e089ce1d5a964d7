import {
  invalidIpAddressAlreadyExist,
  invalidParameterNatIp,
  invalidVpcIdNotFound,
  invalidVSwitchIdNotFound,
  zoneNoAvailableIp,
} from '../errors.ts';
import { isCidr, isIpv4 } from '../params.ts';
import type { BaseRecord, Store } from '../store.ts';

/** Store kinds of the reference data. */
export const VPC_KIND = 'vpcs';
/** Store kind of vSwitches. */
export const VSWITCH_KIND = 'vswitches';

/** A seeded VPC (DescribeVpcs shape, REFERENCE §3.1). */
export interface VpcRecord extends BaseRecord {
  VpcName: string;
  Description: string;
  CidrBlock: string;
  CreationTime: string;
  IsDefault: boolean;
  Status: 'Pending' | 'Available';
  VRouterId: string;
  RouteTableId: string;
  ResourceGroupId: string;
  EnabledIpv6: boolean;
  Ipv6CidrBlock: string;
}

/** A seeded vSwitch; `usedIps` backs AvailableIpAddressCount. */
export interface VSwitchRecord extends BaseRecord {
  VpcId: string;
  ZoneId: string;
  VSwitchName: string;
  Description: string;
  CidrBlock: string;
  CreationTime: string;
  IsDefault: boolean;
  Status: 'Pending' | 'Available';
  RouteTableId: string;
  NetworkAclId: string;
  ResourceGroupId: string;
  EnabledIpv6: boolean;
  Ipv6CidrBlock: string;
  usedIps: string[];
}

/** The VPC or 404 `InvalidVpcId.NotFound`. */
export function requireVpc(store: Store, regionId: string, vpcId: string): VpcRecord {
  const vpc = store.table<VpcRecord>(regionId, VPC_KIND).get(vpcId);
  if (!vpc) throw invalidVpcIdNotFound(vpcId);
  return vpc;
}

/** The vSwitch or 404 `InvalidVSwitchId.NotFound`. */
export function requireVSwitch(store: Store, regionId: string, vSwitchId: string): VSwitchRecord {
  const vsw = store.table<VSwitchRecord>(regionId, VSWITCH_KIND).get(vSwitchId);
  if (!vsw) throw invalidVSwitchIdNotFound(vSwitchId);
  return vsw;
}

/** IPv4 address as a 32-bit number. */
export function ipToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

/** 32-bit number as an IPv4 address. */
export function intToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

/** First address and size of a CIDR block. */
export function cidrRange(cidr: string): { first: number; size: number } {
  const [ip = '0.0.0.0', len = '32'] = cidr.split('/');
  const size = 2 ** (32 - Number(len));
  return { first: Math.floor(ipToInt(ip) / size) * size, size };
}

/** True when `ip` lies inside `cidr`. */
export function cidrContains(cidr: string, ip: string): boolean {
  if (!isCidr(cidr) || !isIpv4(ip)) return false;
  const { first, size } = cidrRange(cidr);
  const n = ipToInt(ip);
  return n >= first && n < first + size;
}

// Alibaba reserves the first and last three addresses of each vSwitch (hence 252 for a /24).
const RESERVED_LOW = 3;
const RESERVED_HIGH = 1;

/** Free IPs of a vSwitch (DescribeVSwitches `AvailableIpAddressCount`). */
export function availableIpCount(vsw: VSwitchRecord): number {
  return cidrRange(vsw.CidrBlock).size - RESERVED_LOW - RESERVED_HIGH - vsw.usedIps.length;
}

/** Takes `preferred` (if free and inside) or the lowest free address; `ZONE_NO_AVAILABLE_IP` when full. */
export function allocateIp(vsw: VSwitchRecord, preferred?: string): string {
  const { first, size } = cidrRange(vsw.CidrBlock);
  if (preferred !== undefined) {
    if (!cidrContains(vsw.CidrBlock, preferred)) throw invalidParameterNatIp(preferred, vsw.id);
    if (vsw.usedIps.includes(preferred))
      throw invalidIpAddressAlreadyExist(`IP ${preferred} is already in use.`);
    vsw.usedIps.push(preferred);
    return preferred;
  }
  const used = new Set(vsw.usedIps);
  for (let n = first + RESERVED_LOW; n < first + size - RESERVED_HIGH; n += 1) {
    const ip = intToIp(n);
    if (!used.has(ip)) {
      vsw.usedIps.push(ip);
      return ip;
    }
  }
  throw zoneNoAvailableIp(vsw.id);
}

/** Gives an address back to its vSwitch. */
export function releaseIp(store: Store, regionId: string, vSwitchId: string, ip: string): void {
  const vsw = store.table<VSwitchRecord>(regionId, VSWITCH_KIND).get(vSwitchId);
  if (vsw) vsw.usedIps = vsw.usedIps.filter((x) => x !== ip);
}
