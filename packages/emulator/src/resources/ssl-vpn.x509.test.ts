import { createPrivateKey, X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { certStatus, EXPIRING_SOON_MS } from './ssl-vpn-client-cert.model.ts';
import { clientConfigOf, renderSslVpnClientCertWithKeys } from './ssl-vpn-client-cert.material.ts';
import type { SslVpnClientCertRecord } from './ssl-vpn-client-cert.model.ts';
import type { SslVpnServerRecord } from './ssl-vpn-server.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';

const now = Date.UTC(2026, 11, 5);
const server = {
  id: 'vss-bp1test',
  regionId: 'cn-hangzhou',
  Proto: 'UDP',
  Port: 1194,
  Cipher: 'AES-256-CBC',
  Compress: true,
  EnableMultiFactorAuth: false,
  CreateTime: now - 86_400_000,
} as SslVpnServerRecord;
const cert = {
  id: 'vsc-bp1test',
  regionId: 'cn-hangzhou',
  SslVpnServerId: server.id,
  CreateTime: now,
  EndTime: Date.UTC(2055, 0, 1), // past 2049: GeneralizedTime
} as SslVpnClientCertRecord;
const gw = {
  id: 'vpn-bp1test',
  regionId: 'cn-hangzhou',
  InternetIp: '47.96.1.2',
  DisasterRecoveryVSwitchId: '',
  NetworkType: 'public',
} as VpnGatewayRecord;

describe('client certificate key material', () => {
  const out = renderSslVpnClientCertWithKeys(server, cert, gw, now);

  it('is a real chain: CA-signed client certificate matching its RSA key', () => {
    const ca = new X509Certificate(out.CaCert);
    const client = new X509Certificate(out.ClientCert);
    expect(ca.ca).toBe(true);
    expect(ca.verify(ca.publicKey)).toBe(true);
    expect(client.ca).toBe(false);
    expect(client.subject).toBe('CN=vsc-bp1test');
    expect(client.issuer).toBe('CN=vss-bp1test CA');
    expect(client.verify(ca.publicKey)).toBe(true);
    expect(out.ClientKey).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
    expect(client.checkPrivateKey(createPrivateKey(out.ClientKey))).toBe(true);
    expect(new Date(client.validTo).getTime()).toBe(cert.EndTime);
    expect(client.keyUsage).toEqual(['1.3.6.1.5.5.7.3.2']);
  });

  it('is made once and then kept', () => {
    const again = renderSslVpnClientCertWithKeys(server, cert, gw, now);
    expect([again.ClientKey, again.CaCert]).toEqual([out.ClientKey, out.CaCert]);
  });

  it('comes with an OpenVPN config naming the files and the server endpoint', () => {
    expect(clientConfigOf(server, cert, gw).split('\n')).toEqual(
      expect.arrayContaining([
        'client',
        'proto udp',
        'remote 47.96.1.2 1194',
        'ca ca.crt',
        'cert vsc-bp1test.crt',
        'key vsc-bp1test.key',
        'cipher AES-256-CBC',
        'comp-lzo',
      ]),
    );
    expect(out.ClientConfig).not.toContain('PRIVATE KEY');
  });
});

describe('certStatus', () => {
  it('is normal, expiring-soon in the last week, expired from EndTime on', () => {
    expect(certStatus(now + EXPIRING_SOON_MS + 1, now)).toBe('normal');
    expect(certStatus(now + EXPIRING_SOON_MS, now)).toBe('expiring-soon');
    expect(certStatus(now + 1, now)).toBe('expiring-soon');
    expect(certStatus(now, now)).toBe('expired');
  });
});
