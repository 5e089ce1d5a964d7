import {
  dependencyViolationFullNatEntry,
  dependencyViolationNatIp,
  dependencyViolationNatIpCidr,
  incorrectStatusNatIp,
} from '../errors.ts';
import type { ResourceModule } from '../resource-module.ts';
import type { Store } from '../store.ts';
import { FULLNAT_KIND, fullNatEntriesOf } from './fullnat-entry.model.ts';
import { natIpCidrHandlers } from './nat-ip-cidr.handlers.ts';
import { NAT_IP_CIDR_KIND, natIpCidrsOf } from './nat-ip-cidr.model.ts';
import { natIpHandlers, natIpReleased } from './nat-ip.handlers.ts';
import { NAT_IP_KIND, natIpsOf } from './nat-ip.model.ts';
import { fullNatEntryHandlers } from './fullnat-entry.handlers.ts';
import type { NatGatewayRecord } from './nat-gateway.model.ts';
import { seedVpcNat } from './vpc-nat.seed.ts';

/**
 * DeleteNatGateway on a VPC NAT gateway: FULLNAT entries, NAT IPs and NAT CIDR blocks beyond the
 * defaults block it (400 `DependencyViolation.*`, a NAT IP in transition `IncorrectStatus.NatIp`,
 * REFERENCE-2 §6 #2); with `Force` they go with it. Returns the addresses to give back to the vSwitch.
 */
export function releaseVpcNatOf(store: Store, nat: NatGatewayRecord, force: boolean): string[] {
  if (nat.NetworkType !== 'intranet') return [];
  const entries = fullNatEntriesOf(store, nat);
  const ips = natIpsOf(store, nat);
  const cidrs = natIpCidrsOf(store, nat);
  if (!force) {
    if (entries.length) throw dependencyViolationFullNatEntry();
    const busy = ips.find((n) => n.Status !== 'Available');
    if (busy) throw incorrectStatusNatIp(busy.id);
    if (ips.some((n) => !n.IsDefault)) throw dependencyViolationNatIp();
    if (cidrs.some((c) => !c.IsDefault)) throw dependencyViolationNatIpCidr();
  }
  for (const e of entries) store.table(nat.regionId, FULLNAT_KIND).remove(e.id);
  for (const n of ips) store.table(nat.regionId, NAT_IP_KIND).remove(n.id);
  for (const c of cidrs) store.table(nat.regionId, NAT_IP_CIDR_KIND).remove(c.id);
  const defaultCidr = cidrs.find((c) => c.IsDefault)?.NatIpCidr;
  return ips.filter((n) => !n.IsDefault && n.NatIpCidr === defaultCidr).map((n) => n.NatIp);
}

/** VPC NAT gateways: NAT CIDR blocks, NAT IPs, FULLNAT entries (REFERENCE-2 §4.8, §4.9, §7.5). */
export const vpcNatResource: ResourceModule = {
  name: 'vpc-nat',
  handlers: { ...natIpCidrHandlers, ...natIpHandlers, ...fullNatEntryHandlers },
  effects: { 'vpcnat.ip-released': natIpReleased },
  seed: seedVpcNat,
};
