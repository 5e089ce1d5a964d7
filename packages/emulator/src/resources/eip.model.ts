import { randomInt } from 'node:crypto';
import type { BaseRecord, Store } from '../store.ts';

/** Store kind of EIPs. */
export const EIP_KIND = 'eips';

/** EIP statuses (REFERENCE §4.3). */
export type EipStatus = 'Available' | 'Associating' | 'InUse' | 'Unassociating' | 'Releasing';

/** An elastic IP address (DescribeEipAddresses shape, REFERENCE §3.3). */
export interface EipRecord extends BaseRecord {
  Name: string;
  Description: string;
  IpAddress: string;
  Bandwidth: string;
  InternetChargeType: 'PayByBandwidth' | 'PayByTraffic';
  ChargeType: 'PostPaid' | 'PrePaid';
  ISP: string;
  Netmode: string;
  Status: EipStatus;
  InstanceId: string;
  InstanceType: string;
  PrivateIpAddress: string;
  AllocationTime: string;
  ResourceGroupId: string;
  /** Set by the DeletionProtection action (REFERENCE-2 §4.4); absent means off. */
  DeletionProtection?: boolean;
}

/** EIPs bound (or binding) to a NAT gateway. */
export function eipsOfNat(store: Store, regionId: string, natId: string): EipRecord[] {
  return store
    .table<EipRecord>(regionId, EIP_KIND)
    .list()
    .filter((e) => e.InstanceId === natId && e.InstanceType === 'Nat');
}

/** The EIPs in `InUse` on a NAT gateway, keyed by address. */
export function usableIpsOfNat(
  store: Store,
  regionId: string,
  natId: string,
): Map<string, EipRecord> {
  return new Map(
    eipsOfNat(store, regionId, natId)
      .filter((e) => e.Status === 'InUse')
      .map((e) => [e.IpAddress, e]),
  );
}

// Plausible public prefixes per region (Alibaba-announced ranges); others use 47.235.
const PUBLIC_PREFIX: Record<string, string> = {
  'cn-hangzhou': '47.96',
  'cn-shanghai': '47.100',
  'cn-beijing': '39.105',
  'ap-southeast-1': '47.74',
  'eu-central-1': '47.254',
  'us-west-1': '47.88',
};

/** A free public address in the region's prefix. */
export function newPublicIp(
  store: Store,
  regionId: string,
  pick: (n: number) => number = randomInt,
): string {
  const prefix = PUBLIC_PREFIX[regionId] ?? '47.235';
  const used = new Set(
    store
      .table<EipRecord>(regionId, EIP_KIND)
      .list()
      .map((e) => e.IpAddress),
  );
  for (;;) {
    const ip = `${prefix}.${1 + pick(254)}.${1 + pick(254)}`;
    if (!used.has(ip)) return ip;
  }
}
