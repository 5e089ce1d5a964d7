import { describe, expect, it } from 'vitest';
import type { VpnConnection } from '@gc/contracts';
import { PSK_MASK, renderPeerConfig } from './vpn-peer-config.ts';

const connection: VpnConnection = {
  id: 'vco-1',
  name: 'to-office',
  regionId: 'cn-hangzhou',
  vpnGatewayId: 'vpn-1',
  customerGatewayId: 'cgw-1',
  localSubnets: ['10.0.0.0/16'],
  remoteSubnets: ['192.168.1.0/24', '192.168.2.0/24'],
  status: 'ike_sa_not_established',
  state: 'active',
  effectImmediately: false,
  // Issue 12 (connections slice): a single-tunnel connection has no tunnels.
  tunnelMode: 'single',
  tunnels: [],
  activeTunnelId: '',
  enableTunnelsBgp: false,
  enableDpd: true,
  enableNatTraversal: true,
  creationTime: '2025-01-01T00:00:00.000Z',
  createTime: '2025-01-01T00:00:00.000Z',
  ikeConfig: {
    ikeVersion: 'ikev1',
    ikeMode: 'main',
    ikeEncAlg: 'aes',
    ikeAuthAlg: 'md5',
    ikePfs: 'group2',
    ikeLifetime: 86400,
    localId: '',
    remoteId: '',
  },
  ipsecConfig: {
    ipsecEncAlg: 'aes256',
    ipsecAuthAlg: 'sha1',
    ipsecPfs: 'disabled',
    ipsecLifetime: 3600,
  },
};

describe('renderPeerConfig', () => {
  it('mirrors the sides: the peer’s subnets are the API’s remote ones', () => {
    const text = renderPeerConfig({
      connection,
      vpnGatewayIp: '47.1.1.1',
      customerGatewayIp: '203.0.113.10',
      psk: 'k3y',
    });
    expect(text).toContain('leftsubnet=192.168.1.0/24,192.168.2.0/24');
    expect(text).toContain('rightsubnet=10.0.0.0/16');
    expect(text).toContain('right=47.1.1.1');
    // aes = AES-128, group2 = MODP-1024; PFS disabled leaves the ESP proposal without a group.
    expect(text).toContain('ike=aes128-md5-modp1024!');
    expect(text).toContain('esp=aes256-sha1!');
    expect(text).toContain('203.0.113.10 47.1.1.1 : PSK "k3y"');
  });
  it('masks the key when the caller may not read it', () => {
    const text = renderPeerConfig({ connection, vpnGatewayIp: '47.1.1.1', customerGatewayIp: '' });
    expect(text).toContain(PSK_MASK);
    expect(text).not.toContain('k3y');
  });
});
