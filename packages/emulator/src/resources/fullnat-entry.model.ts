import {
  fullNatEntryDuplicated,
  fullNatEntryNotFound,
  fullNatTableNotFound,
  incorrectStatusFullNatEntry,
} from '../errors.ts';
import type { BaseRecord, Store } from '../store.ts';
import { NAT_KIND } from './nat-gateway.model.ts';
import type { NatGatewayRecord } from './nat-gateway.model.ts';

/** Store kind of FULLNAT entries. */
export const FULLNAT_KIND = 'fullNatEntries';

/**
 * FULLNAT entry statuses: the list vocabulary, `Pending` during create and modify, `Deleting`
 * during delete ([emulator choice], REFERENCE-2 §7.5).
 */
export type FullNatEntryStatus = 'Pending' | 'Available' | 'Deleting';

/** A FULLNAT entry (ListFullNatEntries item, §4.9). */
export interface FullNatEntryRecord extends BaseRecord {
  NatGatewayId: string;
  FullNatTableId: string;
  FullNatEntryName: string;
  FullNatEntryDescription: string;
  IpProtocol: 'TCP' | 'UDP';
  NatIp: string;
  NatIpPort: string;
  AccessIp: string;
  AccessDomain: string;
  AccessPort: string;
  NetworkInterfaceId: string;
  Status: FullNatEntryStatus;
  CreationTime: string;
}

/** The FULLNAT entries of a gateway. */
export function fullNatEntriesOf(store: Store, nat: NatGatewayRecord): FullNatEntryRecord[] {
  return store
    .table<FullNatEntryRecord>(nat.regionId, FULLNAT_KIND)
    .list()
    .filter((e) => e.NatGatewayId === nat.id);
}

/** The gateway owning a FULLNAT table, or [emulator choice] 404 `InvalidFullNatTableId.NotFound`. */
export function requireNatByFullNatTable(
  store: Store,
  regionId: string,
  tableId: string,
): NatGatewayRecord {
  const nat = store
    .table<NatGatewayRecord>(regionId, NAT_KIND)
    .list()
    .find((n) => n.FullNatTableId !== '' && n.FullNatTableId === tableId);
  if (!nat) throw fullNatTableNotFound(tableId);
  return nat;
}

/** An entry of the table that takes writes: `Available`, else 400 `IncorrectStatus.FullNatEntry`. */
export function requireSettledFullNatEntry(
  store: Store,
  nat: NatGatewayRecord,
  id: string,
): FullNatEntryRecord {
  const entry = fullNatEntriesOf(store, nat).find((e) => e.id === id);
  if (!entry) throw fullNatEntryNotFound(id);
  if (entry.Status !== 'Available') throw incorrectStatusFullNatEntry(id);
  return entry;
}

/** NatIp:NatIpPort/IpProtocol is unique in a table ([emulator choice]). */
export function checkFullNatKeyFree(
  store: Store,
  nat: NatGatewayRecord,
  key: Pick<FullNatEntryRecord, 'NatIp' | 'NatIpPort' | 'IpProtocol'>,
  self?: string,
): void {
  const clash = fullNatEntriesOf(store, nat).find(
    (e) =>
      e.id !== self &&
      e.NatIp === key.NatIp &&
      e.NatIpPort === key.NatIpPort &&
      e.IpProtocol === key.IpProtocol,
  );
  if (clash) throw fullNatEntryDuplicated(`${key.NatIp}:${key.NatIpPort}/${key.IpProtocol}`);
}

/** An entry in the ListFullNatEntries item shape (SDK 7.3.2). */
export function renderFullNatEntry(e: FullNatEntryRecord) {
  return {
    FullNatEntryId: e.id,
    FullNatTableId: e.FullNatTableId,
    FullNatEntryName: e.FullNatEntryName,
    FullNatEntryDescription: e.FullNatEntryDescription,
    FullNatEntryStatus: e.Status,
    IpProtocol: e.IpProtocol,
    NatIp: e.NatIp,
    NatIpPort: e.NatIpPort,
    AccessIp: e.AccessIp,
    AccessDomain: e.AccessDomain,
    // [emulator choice]: a domain "resolves" to nothing; the real API fills the resolved IP.
    DomainResolve: '',
    AccessPort: e.AccessPort,
    NetworkInterfaceId: e.NetworkInterfaceId,
    NetworkInterfaceType: 'Endpoint',
    CreationTime: e.CreationTime,
  };
}
