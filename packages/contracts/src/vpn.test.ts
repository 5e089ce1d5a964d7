import { describe, expect, it } from 'vitest';
import { createCustomerGatewaySchema, isReservedPeerIp, parseAsn } from './customer-gateway.ts';
import { createVpnConnectionSchema } from './vpn-connection.ts';
import { allowedVpnBandwidths, createVpnGatewaySchema } from './vpn-gateway.ts';

describe('VPN gateway contracts', () => {
  it('offers the China-site bandwidths in mainland regions only', () => {
    expect(allowedVpnBandwidths('cn-hangzhou', 'public')).toContain(5);
    expect(allowedVpnBandwidths('cn-hongkong', 'public')).not.toContain(5);
    expect(allowedVpnBandwidths('ap-southeast-1', 'public')).toEqual([10, 100, 200, 500, 1000]);
    expect(allowedVpnBandwidths('cn-hangzhou', 'private')).toEqual([200, 1000]);
  });
  it('fills the API defaults and names a bad bandwidth', () => {
    const ok = createVpnGatewaySchema.parse({ vpcId: 'vpc-a1', bandwidth: 10, name: 'office-vpn' });
    expect(ok).toMatchObject({ enableIpsec: true, enableSsl: false, networkType: 'public' });
    const bad = createVpnGatewaySchema.safeParse({ vpcId: 'vpc-a1', bandwidth: 7, name: '1x' });
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['bandwidth', 'name']);
  });
});

describe('customer gateway contracts', () => {
  it('refuses reserved peer addresses', () => {
    expect(isReservedPeerIp('100.64.1.1')).toBe(true);
    expect(isReservedPeerIp('169.254.0.9')).toBe(true);
    expect(isReservedPeerIp('230.1.1.1')).toBe(true);
    expect(isReservedPeerIp('203.0.113.10')).toBe(false);
    const r = createCustomerGatewaySchema.safeParse({ ipAddress: '127.0.0.1' });
    expect(r.error?.issues[0]?.path).toEqual(['ipAddress']);
  });
  it('reads ASNs plain or high.low and refuses 45104', () => {
    expect(parseAsn('65010')).toBe(65010);
    expect(parseAsn('1.10')).toBe(65546);
    expect(parseAsn('45104')).toBeUndefined();
    expect(parseAsn('0')).toBeUndefined();
    expect(parseAsn('4294967296')).toBeUndefined();
    expect(
      createCustomerGatewaySchema.safeParse({ ipAddress: '198.51.100.1', asn: 'x' }).success,
    ).toBe(false);
  });
});

describe('createVpnConnectionSchema', () => {
  const base = {
    vpnGatewayId: 'vpn-a1',
    customerGatewayId: 'cgw-b2',
    localSubnet: '10.0.0.0/16',
    remoteSubnet: '192.168.1.0/24, 192.168.2.0/24',
  };
  it('applies the IKE and IPsec defaults', () => {
    const r = createVpnConnectionSchema.parse(base);
    expect(r.ikeConfig).toMatchObject({
      ikeVersion: 'ikev1',
      ikePfs: 'group2',
      ikeLifetime: 86400,
    });
    expect(r.ipsecConfig).toMatchObject({ ipsecEncAlg: 'aes', ipsecPfs: 'group2' });
    expect(r.psk).toBeUndefined();
  });
  it('names the subnet field with a bad CIDR', () => {
    const r = createVpnConnectionSchema.safeParse({ ...base, remoteSubnet: '192.168.1.1/24' });
    expect(r.error?.issues[0]?.path).toEqual(['remoteSubnet']);
    expect(r.error?.issues[0]?.message).toContain('192.168.1.1/24');
  });
  it('refuses a pre-shared key with spaces, without echoing it', () => {
    const r = createVpnConnectionSchema.safeParse({ ...base, psk: 'has space' });
    expect(r.error?.issues[0]?.path).toEqual(['psk']);
    expect(r.error?.issues[0]?.message).not.toContain('has space');
  });
});
