import { describe, expect, it } from 'vitest';
import { PSK_MASK, renderPeerConfig } from './vpn-peer-config.ts';
import type { PeerConfigInput, PeerTunnel } from './vpn-peer-config.ts';

// Inputs in DownloadVpnConnectionConfig's device perspective: `Local*` is the customer side.
const tunnel: PeerTunnel = {
  tunnelId: '',
  deviceIp: '203.0.113.10',
  vpnGatewayIp: '47.1.1.1',
  ike: {
    IkeVersion: 'ikev1',
    IkeMode: 'main',
    IkeEncAlg: 'aes',
    IkeAuthAlg: 'md5',
    IkePfs: 'group2',
    IkeLifetime: 86400,
    LocalId: '',
    RemoteId: '',
    Psk: 'k3y',
  },
  ipsec: { IpsecEncAlg: 'aes256', IpsecAuthAlg: 'sha1', IpsecPfs: 'disabled', IpsecLifetime: 3600 },
  enableDpd: true,
  enableNatTraversal: true,
};
const connection: PeerConfigInput = {
  id: 'vco-1',
  name: 'to-office',
  regionId: 'cn-hangzhou',
  vpnGatewayId: 'vpn-1',
  deviceSubnets: ['192.168.1.0/24', '192.168.2.0/24'],
  cloudSubnets: ['10.0.0.0/16'],
  tunnels: [tunnel],
  withPsk: true,
};

describe('renderPeerConfig', () => {
  it('mirrors the sides: the peer’s subnets are the API’s remote ones', () => {
    const text = renderPeerConfig(connection);
    expect(text).toContain('leftsubnet=192.168.1.0/24,192.168.2.0/24');
    expect(text).toContain('rightsubnet=10.0.0.0/16');
    expect(text).toContain('right=47.1.1.1');
    // aes = AES-128, group2 = MODP-1024; PFS disabled leaves the ESP proposal without a group.
    expect(text).toContain('ike=aes128-md5-modp1024!');
    expect(text).toContain('esp=aes256-sha1!');
    expect(text).toContain('203.0.113.10 47.1.1.1 : PSK "k3y"');
  });
  it('masks the key when the caller may not read it', () => {
    const text = renderPeerConfig({ ...connection, withPsk: false });
    expect(text).toContain(PSK_MASK);
    expect(text).not.toContain('k3y');
  });
  it('writes one strongSwan conn and one summary per tunnel of a dual-tunnel connection', () => {
    const text = renderPeerConfig({
      ...connection,
      tunnels: [
        { ...tunnel, tunnelId: 'tun-a', role: 'master' },
        { ...tunnel, tunnelId: 'tun-b', role: 'slave', vpnGatewayIp: '47.1.1.2', enableDpd: false },
      ],
    });
    expect(text).toContain('covers all 2 tunnels');
    expect(text).toContain('# ---- tunnel tun-a (master) ----');
    expect(text).toContain('conn tun-a');
    expect(text).toContain('conn tun-b');
    expect(text).toContain('203.0.113.10 47.1.1.2 : PSK "k3y"');
    expect(text.match(/\[peer\]/g)).toHaveLength(2);
    expect(text).toContain('dpdaction=none');
  });
});
