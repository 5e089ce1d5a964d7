import {
  incorrectStatusNatIp,
  invalidIpAddressAlreadyExist,
  natIpCidrFull,
  natIpNotFound,
  natIpNotInCidr,
} from '../errors.ts';
import type { BaseRecord, Store } from '../store.ts';
import { usableIpsOfNat } from './eip.model.ts';
import { FULLNAT_KIND } from './fullnat-entry.model.ts';
import type { FullNatEntryRecord } from './fullnat-entry.model.ts';
import { defaultNatIpId, natIpCidrsOf } from './nat-ip-cidr.model.ts';
import type { NatIpCidrRecord } from './nat-ip-cidr.model.ts';
import { forwardEntriesOf, snatEntriesOf, snatIps } from './nat-entry.model.ts';
import type { NatGatewayRecord } from './nat-gateway.model.ts';
import { allocateIp, cidrContains, cidrRange, intToIp, VSWITCH_KIND } from './vpc.model.ts';
import type { VSwitchRecord } from './vpc.model.ts';

/** Store kind of NAT IPs. */
export const NAT_IP_KIND = 'natIps';

/** Stored NAT IP states; `Associated` is derived from use on render (REFERENCE-2 §7.5). */
export type NatIpStatus = 'Creating' | 'Available' | 'Deleting';

/** A NAT IP of a VPC NAT gateway (ListNatIps item, §4.8). */
export interface NatIpRecord extends BaseRecord {
  NatGatewayId: string;
  NatIp: string;
  NatIpCidr: string;
  NatIpName: string;
  NatIpDescription: string;
  IsDefault: boolean;
  Status: NatIpStatus;
}

/** The gateway's NAT IPs, its default one (its private address) first. */
export function natIpsOf(store: Store, nat: NatGatewayRecord): NatIpRecord[] {
  const table = store.table<NatIpRecord>(nat.regionId, NAT_IP_KIND);
  const [defaultCidr] = natIpCidrsOf(store, nat).filter((c) => c.IsDefault);
  const id = defaultNatIpId(nat);
  if (defaultCidr && nat.PrivateIpAddress && !table.get(id))
    table.put({
      id,
      regionId: nat.regionId,
      tags: [],
      NatGatewayId: nat.id,
      NatIp: nat.PrivateIpAddress,
      NatIpCidr: defaultCidr.NatIpCidr,
      NatIpName: '',
      NatIpDescription: '',
      IsDefault: true,
      Status: 'Available',
    });
  return table.list().filter((n) => n.NatGatewayId === nat.id);
}

/** The NAT IP, or [emulator choice] 404 `InvalidNatIpId.NotFound`. */
export function requireNatIp(store: Store, regionId: string, id: string): NatIpRecord {
  const ip = store.table<NatIpRecord>(regionId, NAT_IP_KIND).get(id);
  if (!ip) throw natIpNotFound(id);
  return ip;
}

/** A NAT IP that takes writes: not `Creating`/`Deleting`, else 400 `IncorrectStatus.NatIp`. */
export function requireSettledNatIp(store: Store, regionId: string, id: string): NatIpRecord {
  const ip = requireNatIp(store, regionId, id);
  if (ip.Status !== 'Available') throw incorrectStatusNatIp(id);
  return ip;
}

/** Which entry kind uses the address, if any (SNAT, DNAT, FULLNAT). */
export function natIpUse(
  store: Store,
  nat: NatGatewayRecord,
  ip: string,
): 'SnatEntry' | 'ForwardEntry' | 'FullNatEntry' | undefined {
  if (snatEntriesOf(store, nat.regionId, nat.id).some((e) => snatIps(e).includes(ip)))
    return 'SnatEntry';
  if (forwardEntriesOf(store, nat.regionId, nat.id).some((e) => e.ExternalIp === ip))
    return 'ForwardEntry';
  const fullnat = store.table<FullNatEntryRecord>(nat.regionId, FULLNAT_KIND).list();
  if (fullnat.some((e) => e.NatGatewayId === nat.id && e.NatIp === ip)) return 'FullNatEntry';
  return undefined;
}

/**
 * The addresses SNAT/DNAT entries may use: the bound EIPs of an Internet NAT gateway, the
 * settled NAT IPs of a VPC NAT gateway (§4.1, §4.2: "VPC NAT: NAT IP").
 */
export function usableIpsOf(store: Store, nat: NatGatewayRecord): Set<string> {
  if (nat.NetworkType !== 'intranet')
    return new Set(usableIpsOfNat(store, nat.regionId, nat.id).keys());
  return new Set(
    natIpsOf(store, nat)
      .filter((n) => n.Status === 'Available')
      .map((n) => n.NatIp),
  );
}

/**
 * Takes `wanted` or the lowest free address of the block. The default block is the vSwitch's
 * CIDR, so it allocates from the vSwitch; other blocks skip the first 3 and the last address
 * like a vSwitch does ([emulator choice]).
 */
export function allocateNatIp(
  store: Store,
  nat: NatGatewayRecord,
  cidr: NatIpCidrRecord,
  wanted: string | undefined,
): string {
  if (wanted !== undefined && !cidrContains(cidr.NatIpCidr, wanted))
    throw natIpNotInCidr(wanted, cidr.NatIpCidr);
  if (cidr.IsDefault) {
    const vsw = store.table<VSwitchRecord>(nat.regionId, VSWITCH_KIND).get(nat.VSwitchId);
    if (vsw) return allocateIp(vsw, wanted);
  }
  const used = new Set(natIpsOf(store, nat).map((n) => n.NatIp));
  if (wanted !== undefined) {
    if (used.has(wanted)) throw invalidIpAddressAlreadyExist(`IP ${wanted} is already in use.`);
    return wanted;
  }
  const { first, size } = cidrRange(cidr.NatIpCidr);
  const low = size > 4 ? 3 : 0;
  const high = size > 4 ? 1 : 0;
  for (let n = first + low; n < first + size - high; n += 1)
    if (!used.has(intToIp(n))) return intToIp(n);
  throw natIpCidrFull(cidr.NatIpCidr);
}

/** A NAT IP in the ListNatIps item shape (SDK 7.3.2); one SNAT/DNAT use makes it `Associated`. */
export function renderNatIp(store: Store, nat: NatGatewayRecord, n: NatIpRecord) {
  const use = n.Status === 'Available' ? natIpUse(store, nat, n.NatIp) : undefined;
  // `Associated` means used by SNAT/DNAT (§7.5); a FULLNAT entry's NAT IP stays `Available`.
  const used = use === 'SnatEntry' || use === 'ForwardEntry';
  return {
    NatIpId: n.id,
    NatGatewayId: n.NatGatewayId,
    NatIp: n.NatIp,
    NatIpCidr: n.NatIpCidr,
    NatIpName: n.NatIpName,
    NatIpDescription: n.NatIpDescription,
    NatIpStatus: used ? 'Associated' : n.Status,
    IsDefault: n.IsDefault,
    Ipv4Prefix: '',
  };
}
