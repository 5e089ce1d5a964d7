import { describe, expect, it } from 'vitest';
import type { InventoryDetails } from '@gc/contracts';
import { inventoryItem } from './inventory-item.fixture.ts';
import { ipsecNotEstablishedCheck, vpnIpsecNoConnectionCheck } from './vpn-checks.ts';

const now = new Date('2026-06-01T00:00:00Z');
const vpn = (details: InventoryDetails) =>
  inventoryItem({ type: 'vpn', id: 'vpn-1', status: 'active', details });

describe('vpnIpsecNoConnectionCheck', () => {
  it('fires when IPsec is on and there is no connection', () => {
    expect(
      vpnIpsecNoConnectionCheck.run(vpn({ ipsecEnabled: true, connectionIds: [] }), now),
    ).toEqual({});
  });
  it('does not fire with a connection, with IPsec off, or with unknown connections', () => {
    expect(
      vpnIpsecNoConnectionCheck.run(vpn({ ipsecEnabled: true, connectionIds: ['vco-1'] }), now),
    ).toBeUndefined();
    expect(
      vpnIpsecNoConnectionCheck.run(vpn({ ipsecEnabled: false, connectionIds: [] }), now),
    ).toBeUndefined();
    expect(
      vpnIpsecNoConnectionCheck.run(vpn({ ipsecEnabled: true, connectionIds: null }), now),
    ).toBeUndefined();
  });
});

describe('ipsecNotEstablishedCheck', () => {
  it('lists the connections that are down', () => {
    const item = vpn({ connectionsNotEstablished: ['vco-1', 'vco-2'] });
    expect(ipsecNotEstablishedCheck.run(item, now)).toEqual({
      count: 2,
      connections: 'vco-1 vco-2',
    });
  });
  it('is silent when every connection is up or the list is unknown', () => {
    expect(ipsecNotEstablishedCheck.run(vpn({ connectionsNotEstablished: [] }), now)).toBe(
      undefined,
    );
    expect(ipsecNotEstablishedCheck.run(vpn({ connectionsNotEstablished: null }), now)).toBe(
      undefined,
    );
  });
});
