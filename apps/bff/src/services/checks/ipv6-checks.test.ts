import { describe, expect, it } from 'vitest';
import type { InventoryDetails } from '@gc/contracts';
import { inventoryItem } from './inventory-item.fixture.ts';
import { ipv6NoBandwidthCheck } from './ipv6-checks.ts';

const now = new Date('2026-06-01T00:00:00Z');
const ipv6 = (details: InventoryDetails) =>
  inventoryItem({ type: 'ipv6', id: 'ipv6gw-1', details });

describe('ipv6NoBandwidthCheck', () => {
  it('counts the addresses without internet bandwidth', () => {
    const item = ipv6({ addressCount: 3, addressesWithoutBandwidth: ['ipv6-a', 'ipv6-b'] });
    expect(ipv6NoBandwidthCheck.run(item, now)).toEqual({ count: 2, addresses: 'ipv6-a ipv6-b' });
  });
  it('is silent when every address has bandwidth, when unknown, and for other types', () => {
    expect(ipv6NoBandwidthCheck.run(ipv6({ addressesWithoutBandwidth: [] }), now)).toBeUndefined();
    expect(ipv6NoBandwidthCheck.run(ipv6({ addressesWithoutBandwidth: null }), now)).toBe(
      undefined,
    );
    const nat = inventoryItem({ details: { addressesWithoutBandwidth: ['ipv6-a'] } });
    expect(ipv6NoBandwidthCheck.run(nat, now)).toBeUndefined();
  });
});
