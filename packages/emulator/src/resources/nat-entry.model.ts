import type { ApiError } from '../api-error.ts';
import { incorrectStatusNatgw } from '../errors.ts';
import type { ActionContext } from '../resource-module.ts';
import type { BaseRecord, Store } from '../store.ts';
import type { NatGatewayRecord } from './nat-gateway.model.ts';

/** Store kind of SNAT entries. */
export const SNAT_KIND = 'snatEntries';
/** Store kind of DNAT (forward) entries. */
export const DNAT_KIND = 'forwardEntries';

/** IpProtocol values of DNAT entries. */
export const DNAT_PROTOCOLS = ['TCP', 'UDP', 'Any'] as const;

/** SNAT/DNAT entry statuses (REFERENCE §4.2). */
export type EntryStatus = 'Pending' | 'Available' | 'Deleting';

/** An SNAT entry (DescribeSnatTableEntries shape). */
export interface SnatEntryRecord extends BaseRecord {
  SnatTableId: string;
  NatGatewayId: string;
  SnatEntryName: string;
  SnatIp: string;
  SourceCIDR: string;
  SourceVSwitchId: string;
  NetworkInterfaceId: string;
  EipAffinity: number;
  Status: EntryStatus;
}

/** A DNAT entry (DescribeForwardTableEntries shape). */
export interface ForwardEntryRecord extends BaseRecord {
  ForwardTableId: string;
  NatGatewayId: string;
  ForwardEntryName: string;
  ExternalIp: string;
  ExternalPort: string;
  InternalIp: string;
  InternalPort: string;
  IpProtocol: (typeof DNAT_PROTOCOLS)[number];
  PortBreak: boolean;
  Status: EntryStatus;
}

/** SNAT entries of a NAT gateway. */
export function snatEntriesOf(store: Store, regionId: string, natId: string): SnatEntryRecord[] {
  return store
    .table<SnatEntryRecord>(regionId, SNAT_KIND)
    .list()
    .filter((e) => e.NatGatewayId === natId);
}

/** DNAT entries of a NAT gateway. */
export function forwardEntriesOf(
  store: Store,
  regionId: string,
  natId: string,
): ForwardEntryRecord[] {
  return store
    .table<ForwardEntryRecord>(regionId, DNAT_KIND)
    .list()
    .filter((e) => e.NatGatewayId === natId);
}

/** The SNAT IPs of an entry (comma-separated on the wire). */
export const snatIps = (e: SnatEntryRecord): string[] => e.SnatIp.split(',').filter(Boolean);

/** The errors that differ between DeleteSnatEntry and DeleteForwardEntry. */
interface EntryDeleteErrors {
  notFound: (entryId: string) => ApiError;
  busy: (entryId: string) => ApiError;
}

/**
 * Starts deleting one SNAT or DNAT entry of a table, under the rules both deletes share.
 * @param entries all entries of the gateway's table of that kind
 */
export function startEntryDelete(
  ctx: ActionContext,
  nat: NatGatewayRecord,
  entries: (SnatEntryRecord | ForwardEntryRecord)[],
  entryId: string,
  kind: typeof SNAT_KIND | typeof DNAT_KIND,
  errors: EntryDeleteErrors,
): void {
  const entry = entries.find((e) => e.id === entryId);
  if (!entry) throw errors.notFound(entryId);
  if (nat.Status !== 'Available') throw incorrectStatusNatgw(nat.id);
  // While any entry of the table is Pending, deletes in that table are refused (REFERENCE §4.2;
  // the codes are sic "Incorret").
  const busy =
    entries.find((e) => e.Status === 'Pending') ??
    (entry.Status === 'Deleting' ? entry : undefined);
  if (busy) throw errors.busy(busy.id);
  entry.Status = 'Deleting';
  ctx.lifecycle.schedule({
    regionId: nat.regionId,
    kind,
    resourceId: entry.id,
    duration: kind === SNAT_KIND ? 'snat' : 'dnat',
    remove: true,
  });
}
