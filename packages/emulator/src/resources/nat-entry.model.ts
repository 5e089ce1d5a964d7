import type { BaseRecord, Store } from '../store.ts';

/** Store kind of SNAT entries. */
export const SNAT_KIND = 'snatEntries';
/** Store kind of DNAT (forward) entries. */
export const DNAT_KIND = 'forwardEntries';

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
  IpProtocol: 'TCP' | 'UDP' | 'Any';
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
