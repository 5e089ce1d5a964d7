import {
  cidrConflict,
  incorrectStatusNatgw,
  invalidParameter,
  invalidSnatIpMalformed,
  invalidSnatIpNotFound,
  ipUsedInForwardTable,
  missingParameter,
  snatEntryCountLimited,
  snatIpPoolCountTooMany,
  sourceVSwitchIdDuplicated,
} from '../errors.ts';
import { isIpv4 } from '../params.ts';
import type { Store } from '../store.ts';
import { usableIpsOf } from './nat-ip.model.ts';
import { forwardEntriesOf, snatEntriesOf } from './nat-entry.model.ts';
import type { NatGatewayRecord } from './nat-gateway.model.ts';
import { requireVSwitch } from './vpc.model.ts';

// The business rules of SNAT entries (REFERENCE §3.2 CreateSnatEntry, §4.2).

/** SNAT entries per table ([emulator choice] for Forbidden.SnatEntryCountLimited, REFERENCE §5.4). */
export const SNAT_PER_TABLE = 40;
/** IPs in one SNAT entry ([emulator choice] for SNAT_IP_POOL_COUNT_TOO_MANY). */
export const IPS_PER_SNAT_ENTRY = 20;

/** Checks a `SnatIp` list: IPv4s, at most 20, EIPs in use on this gateway, not DNAT-mapped. */
export function checkSnatIps(store: Store, nat: NatGatewayRecord, raw: string): string[] {
  const ips = raw.split(',').map((s) => s.trim());
  if (ips.some((ip) => !isIpv4(ip))) throw invalidSnatIpMalformed(raw);
  if (ips.length > IPS_PER_SNAT_ENTRY) throw snatIpPoolCountTooMany(IPS_PER_SNAT_ENTRY);
  const usable = usableIpsOf(store, nat);
  const mapped = new Set(
    forwardEntriesOf(store, nat.regionId, nat.id)
      .filter((d) => d.IpProtocol === 'Any')
      .map((d) => d.ExternalIp),
  );
  for (const ip of ips) {
    // SnatIp must be EIPs already bound to this gateway (REFERENCE §3.2 CreateSnatEntry).
    if (!usable.has(ip)) throw invalidSnatIpNotFound(ip);
    if (mapped.has(ip)) throw ipUsedInForwardTable(ip);
  }
  return ips;
}

/** What CreateSnatEntry asks for. */
export interface SnatRequest {
  SnatIp?: string | undefined;
  SourceCIDR?: string | undefined;
  SourceVSwitchId?: string | undefined;
}

/** Checks a new entry against the gateway, its EIPs and its tables; returns its SNAT IPs. */
export function checkNewSnatEntry(store: Store, nat: NatGatewayRecord, p: SnatRequest): string[] {
  // Exactly one of SourceCIDR / SourceVSwitchId (REFERENCE §3.2).
  if (p.SourceCIDR === undefined && p.SourceVSwitchId === undefined)
    throw missingParameter('One of SourceCIDR or SourceVSwitchId is mandatory for this action.');
  if (p.SourceCIDR !== undefined && p.SourceVSwitchId !== undefined)
    throw invalidParameter('SourceCIDR and SourceVSwitchId are mutually exclusive.');
  if (nat.NetworkType === 'internet' && p.SnatIp === undefined)
    throw missingParameter('SnatIp is mandatory for an Internet NAT gateway.');
  if (nat.Status !== 'Available') throw incorrectStatusNatgw(nat.id);
  const ips = p.SnatIp !== undefined ? checkSnatIps(store, nat, p.SnatIp) : [];
  const existing = snatEntriesOf(store, nat.regionId, nat.id);
  if (p.SourceVSwitchId !== undefined) {
    const vsw = requireVSwitch(store, nat.regionId, p.SourceVSwitchId);
    if (vsw.VpcId !== nat.VpcId)
      throw invalidParameter(`vSwitch ${vsw.id} is not in the VPC of ${nat.id}.`);
    if (existing.some((e) => e.SourceVSwitchId === vsw.id)) throw sourceVSwitchIdDuplicated(vsw.id);
  }
  if (p.SourceCIDR !== undefined && existing.some((e) => e.SourceCIDR === p.SourceCIDR))
    throw cidrConflict(p.SourceCIDR);
  if (existing.length >= SNAT_PER_TABLE) throw snatEntryCountLimited(SNAT_PER_TABLE);
  return ips;
}
