import { describe, expect, it } from 'vitest';
import { createVpnConnectionSchema } from './vpn-connection.ts';
import { updateCustomerGatewaySchema } from './vpn-connection-edit.ts';
import { isTunnelCidr } from './vpn-tunnel.ts';

describe('isTunnelCidr', () => {
  it('takes a /30 network inside 169.254.0.0/16 except the reserved blocks', () => {
    expect(['169.254.10.0/30', '169.254.7.4/30', '169.254.255.252/30'].every(isTunnelCidr)).toBe(
      true,
    );
    for (const bad of [
      '169.254.3.0/30',
      '169.254.169.252/30',
      '169.254.10.1/30',
      '169.254.10.0/29',
      '10.0.0.0/30',
      '169.254.300.0/30',
    ])
      expect(isTunnelCidr(bad), bad).toBe(false);
  });
});

describe('createVpnConnectionSchema, dual-tunnel form', () => {
  const base = { vpnGatewayId: 'vpn-1', localSubnet: '10.0.0.0/8', remoteSubnet: '192.168.0.0/16' };
  const tunnel = (role: 'master' | 'slave') => ({ role, customerGatewayId: 'cgw-1' });

  it('takes a master and a slave instead of a customer gateway, with defaults per tunnel', () => {
    const r = createVpnConnectionSchema.parse({
      ...base,
      tunnels: [
        tunnel('master'),
        { ...tunnel('slave'), bgpConfig: { tunnelCidr: '169.254.11.0/30' } },
      ],
    });
    expect(r.tunnels?.[0]).toMatchObject({ enableDpd: true, ikeConfig: { ikeVersion: 'ikev1' } });
    expect(r.tunnels?.[1]?.bgpConfig?.tunnelCidr).toBe('169.254.11.0/30');
  });

  it('needs a customer gateway or the tunnels, one master and one slave, valid tunnel CIDRs', () => {
    const paths = (input: unknown) =>
      createVpnConnectionSchema.safeParse(input).error?.issues.map((i) => i.path.join('.'));
    expect(paths(base)).toEqual(['customerGatewayId']);
    expect(paths({ ...base, tunnels: [tunnel('master'), tunnel('master')] })).toEqual(['tunnels']);
    expect(
      paths({
        ...base,
        tunnels: [
          tunnel('master'),
          { ...tunnel('slave'), bgpConfig: { tunnelCidr: '169.254.1.0/30' } },
        ],
      }),
    ).toEqual(['tunnels.1.bgpConfig.tunnelCidr']);
  });
});

describe('updateCustomerGatewaySchema', () => {
  it('refuses an auth key with spaces or ?', () => {
    expect(updateCustomerGatewaySchema.safeParse({ authKey: 'a b' }).success).toBe(false);
    expect(updateCustomerGatewaySchema.safeParse({ authKey: 'a?b' }).success).toBe(false);
    expect(updateCustomerGatewaySchema.parse({ authKey: 'k3y!' }).authKey).toBe('k3y!');
  });
});
