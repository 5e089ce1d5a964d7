import {
  incorrectStatusNatGateway,
  invalidForwardTableIdNotFound,
  invalidNatGatewayIdNotFound,
  invalidSnatTableIdNotFound,
} from '../errors.ts';
import type { BaseRecord, Store } from '../store.ts';

/** Store kind of NAT gateways. */
export const NAT_KIND = 'natGateways';

/** NAT gateway statuses (REFERENCE §4.1). */
export type NatStatus = 'Creating' | 'Available' | 'Modifying' | 'Deleting' | 'Converting';

/** A NAT gateway (DescribeNatGateways shape, REFERENCE §3.2). */
export interface NatGatewayRecord extends BaseRecord {
  Name: string;
  Description: string;
  VpcId: string;
  VSwitchId: string;
  ZoneId: string;
  Status: NatStatus;
  NatType: string;
  NetworkType: 'internet' | 'intranet';
  Spec: string;
  InstanceChargeType: string;
  InternetChargeType: string;
  EipBindMode: 'MULTI_BINDED' | 'NAT';
  IcmpReplyEnabled: boolean;
  EnableSessionLog: boolean;
  PrivateLinkEnabled: boolean;
  AccessMode?: { ModeValue: string; TunnelType: string };
  CreationTime: string;
  ResourceGroupId: string;
  PrivateIpAddress: string;
  EniInstanceId: string;
  SnatTableId: string;
  ForwardTableId: string;
  FullNatTableId: string;
  /** Set by the DeletionProtection action (REFERENCE-2 §4.4); absent means off. */
  DeletionProtection?: boolean;
}

/** The NAT gateway or 404 `InvalidNatGatewayId.NotFound`. */
export function requireNat(store: Store, regionId: string, id: string): NatGatewayRecord {
  const nat = store.table<NatGatewayRecord>(regionId, NAT_KIND).get(id);
  if (!nat) throw invalidNatGatewayIdNotFound(id);
  return nat;
}

/** The NAT gateway, which must be `Available`, else 400 `IncorrectStatus.NatGateway` (REFERENCE §4.1). */
export function requireAvailableNat(store: Store, regionId: string, id: string): NatGatewayRecord {
  const nat = requireNat(store, regionId, id);
  if (nat.Status !== 'Available') throw incorrectStatusNatGateway(id);
  return nat;
}

/** The NAT gateway owning an SNAT or DNAT table, or that table kind's 404 (REFERENCE §5.6). */
export function requireNatByTable(
  store: Store,
  regionId: string,
  field: 'SnatTableId' | 'ForwardTableId',
  tableId: string,
): NatGatewayRecord {
  const nat = store
    .table<NatGatewayRecord>(regionId, NAT_KIND)
    .list()
    .find((n) => n[field] === tableId);
  if (nat) return nat;
  throw field === 'SnatTableId'
    ? invalidSnatTableIdNotFound(tableId)
    : invalidForwardTableIdNotFound(tableId);
}

/** `YYYY-MM-DDThh:mm:ssZ`: the UTC form the API uses (seconds kept; REFERENCE §7 notes doc variance). */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
