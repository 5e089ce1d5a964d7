import { describe, expect, it } from 'vitest';
import type { InventoryDetails } from '@gc/contracts';
import { inventoryItem } from './inventory-item.fixture.ts';
import {
  vpnHealthCheckOffCheck,
  vpnSingleZoneCheck,
  vpnSslCompressionCheck,
  vpnSslNoServerCheck,
  vpnTunnelsNotEstablishedCheck,
  vpnWeakCryptoCheck,
} from './vpn-config-checks.ts';

const now = new Date('2026-06-01T00:00:00Z');
const vpn = (details: InventoryDetails) => inventoryItem({ type: 'vpn', id: 'vpn-1', details });
const strong = {
  ikeVersion: 'ikev2',
  ikeMode: 'main',
  ikeEncAlg: 'aes256',
  ikeAuthAlg: 'sha256',
  ikePfs: 'group14',
  ipsecEncAlg: 'aes256',
  ipsecAuthAlg: 'sha256',
  ipsecPfs: 'group14',
};
const conn = (over: Partial<NonNullable<InventoryDetails['connections']>[number]> = {}) => ({
  id: 'vco-1',
  tunnelMode: 'single' as const,
  healthCheck: true,
  tunnels: [],
  crypto: [{ scope: 'connection', ...strong }],
  ...over,
});

describe('vpnSingleZoneCheck', () => {
  it('fires without a disaster-recovery vSwitch only', () => {
    expect(vpnSingleZoneCheck.run(vpn({ disasterRecoveryVSwitchId: '' }), now)).toEqual({});
    expect(vpnSingleZoneCheck.run(vpn({ disasterRecoveryVSwitchId: 'vsw-b' }), now)).toBe(
      undefined,
    );
    expect(vpnSingleZoneCheck.run(vpn({}), now)).toBeUndefined();
  });
});

describe('vpnTunnelsNotEstablishedCheck', () => {
  it('names each tunnel of a dual-tunnel connection that is down', () => {
    const tunnels = [
      { id: 'tun-m', role: 'master', status: 'ipsec_sa_established' },
      { id: 'tun-s', role: 'slave', status: 'ike_sa_not_established' },
    ];
    const item = vpn({ connections: [conn({ tunnelMode: 'dual', tunnels })] });
    expect(vpnTunnelsNotEstablishedCheck.run(item, now)).toEqual({
      count: 1,
      tunnels: 'vco-1/slave tun-s: ike_sa_not_established',
    });
  });
  it('is silent when both are up or the connections are unknown', () => {
    const up = [{ id: 't', role: 'master', status: 'ipsec_sa_established' }];
    const item = vpn({ connections: [conn({ tunnelMode: 'dual', tunnels: up })] });
    expect(vpnTunnelsNotEstablishedCheck.run(item, now)).toBeUndefined();
    expect(vpnTunnelsNotEstablishedCheck.run(vpn({ connections: null }), now)).toBeUndefined();
  });
});

describe('vpnHealthCheckOffCheck', () => {
  it('fires on single-tunnel connections with the health check off', () => {
    const item = vpn({ connections: [conn({ healthCheck: false }), conn({ id: 'vco-2' })] });
    expect(vpnHealthCheckOffCheck.run(item, now)).toEqual({ count: 1, connections: 'vco-1' });
    const unknown = vpn({ connections: [conn({ healthCheck: null })] });
    expect(vpnHealthCheckOffCheck.run(unknown, now)).toBeUndefined();
  });
});

describe('vpnWeakCryptoCheck', () => {
  it('lists weak settings per connection and per tunnel', () => {
    const weakTunnel = { ...strong, scope: 'tun-s', ikeAuthAlg: 'sha1', ipsecPfs: 'group5' };
    const item = vpn({
      connections: [
        conn({ tunnelMode: 'dual', crypto: [{ ...strong, scope: 'tun-m' }, weakTunnel] }),
        conn({
          id: 'vco-2',
          crypto: [
            {
              ...strong,
              scope: 'connection',
              ikeVersion: 'ikev1',
              ikeMode: 'aggressive',
              ipsecEncAlg: '3des',
            },
          ],
        }),
      ],
    });
    expect(vpnWeakCryptoCheck.run(item, now)).toEqual({
      count: 2,
      settings:
        'vco-1/tun-s: ikeAuthAlg=sha1 ipsecPfs=group5; vco-2/connection: ikeMode=aggressive ipsecEncAlg=3des',
    });
  });
  it('is silent on strong settings', () => {
    expect(vpnWeakCryptoCheck.run(vpn({ connections: [conn()] }), now)).toBeUndefined();
  });
});

describe('SSL-VPN checks', () => {
  it('fires on SSL without a server, and on a server with compression', () => {
    expect(vpnSslNoServerCheck.run(vpn({ sslEnabled: true, sslServers: [] }), now)).toEqual({});
    expect(vpnSslNoServerCheck.run(vpn({ sslEnabled: false, sslServers: [] }), now)).toBe(
      undefined,
    );
    const servers = [
      { id: 'vss-1', compress: true },
      { id: 'vss-2', compress: false },
    ];
    expect(vpnSslCompressionCheck.run(vpn({ sslEnabled: true, sslServers: servers }), now)).toEqual(
      { servers: 'vss-1' },
    );
    expect(vpnSslNoServerCheck.run(vpn({ sslEnabled: true, sslServers: servers }), now)).toBe(
      undefined,
    );
  });
});
