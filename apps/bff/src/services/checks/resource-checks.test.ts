import { describe, expect, it } from 'vitest';
import type { CheckedResource } from '@gc/contracts';
import { eipNoDeletionProtectionCheck, vpnCgwUnusedCheck } from './resource-checks.ts';
import {
  ipv6BandwidthCeilingCheck,
  ipv6NoAddressesCheck,
  ipv6PublicNoEgressRuleCheck,
} from './ipv6-checks.ts';
import { inventoryItem } from './inventory-item.fixture.ts';
import { DEFAULT_CHECK_SETTINGS } from './check-settings.ts';

const now = new Date('2026-06-01T00:00:00Z');
const res = (over: Partial<CheckedResource>): CheckedResource => ({
  type: 'eip',
  id: 'eip-1',
  name: 'one',
  regionId: 'cn-hangzhou',
  details: {},
  findings: [],
  ...over,
});

describe('resource checks', () => {
  it('fires on a customer gateway no connection uses', () => {
    const cgw = res({
      type: 'customer-gateway',
      details: { ipAddress: '1.2.3.4', connectionIds: [] },
    });
    expect(vpnCgwUnusedCheck.onResource(cgw)).toEqual({ ipAddress: '1.2.3.4' });
    const used = res({ type: 'customer-gateway', details: { connectionIds: ['vco-1'] } });
    expect(vpnCgwUnusedCheck.onResource(used)).toBeUndefined();
  });
  it('fires on an EIP without deletion protection, naming what it is bound to', () => {
    const eip = res({
      details: { ipAddress: '1.2.3.4', instanceId: 'ngw-1', deletionProtection: false },
    });
    expect(eipNoDeletionProtectionCheck.onResource(eip)).toEqual({
      ipAddress: '1.2.3.4',
      boundTo: 'ngw-1',
    });
    expect(
      eipNoDeletionProtectionCheck.onResource(res({ details: { deletionProtection: true } })),
    ).toBe(undefined);
    expect(eipNoDeletionProtectionCheck.run(inventoryItem(), now)).toBeUndefined();
  });
});

describe('IPv6 address checks', () => {
  const addr = (address: string, bandwidth: number | null, egressOnly: boolean) => ({
    id: `ipv6-${address}`,
    address,
    bandwidth,
    egressOnly,
  });
  const ipv6 = (ipv6Addresses: ReturnType<typeof addr>[] | null, addressCount = 1) =>
    inventoryItem({ type: 'ipv6', details: { ipv6Addresses, addressCount } });

  it('fires on public addresses without an egress-only rule', () => {
    const item = ipv6([addr('::1', 10, false), addr('::2', 10, true), addr('::3', null, false)]);
    expect(ipv6PublicNoEgressRuleCheck.run(item, now)).toEqual({ count: 1, addresses: '::1' });
    expect(ipv6PublicNoEgressRuleCheck.run(ipv6(null), now)).toBeUndefined();
  });
  it('fires on a gateway with no address', () => {
    expect(ipv6NoAddressesCheck.run(ipv6([], 0), now)).toEqual({});
    expect(ipv6NoAddressesCheck.run(ipv6([addr('::1', null, false)]), now)).toBeUndefined();
  });
  it('fires above the configured ceiling', () => {
    const item = ipv6([addr('::1', 100, false), addr('::2', 50, false)]);
    expect(ipv6BandwidthCeilingCheck.run(item, now)).toEqual({
      count: 1,
      ceiling: 50,
      addresses: '::1 (100 Mbit/s)',
    });
    const high = { ...DEFAULT_CHECK_SETTINGS, ipv6MaxBandwidthMbps: 200 };
    expect(ipv6BandwidthCeilingCheck.run(item, now, high)).toBeUndefined();
  });
});
