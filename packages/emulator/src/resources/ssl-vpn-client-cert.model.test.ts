import { describe, expect, it } from 'vitest';
import type { ApiError } from '../api-error.ts';
import { Store } from '../store.ts';
import {
  checkCertQuota,
  MAX_CERT_CREATIONS,
  MAX_CERTS_PER_SERVER,
  SSL_VPN_CLIENT_CERT_KIND,
} from './ssl-vpn-client-cert.model.ts';
import type { SslVpnClientCertRecord } from './ssl-vpn-client-cert.model.ts';
import type { SslVpnServerRecord } from './ssl-vpn-server.model.ts';
import { allocatePrivateIp } from './ssl-vpn-client.model.ts';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return (e as ApiError).code;
  }
};

describe('certificate quotas (REFERENCE-2 §6 row 17)', () => {
  const server = { id: 'vss-1', regionId: 'cn-hangzhou', certCreations: 0 } as SslVpnServerRecord;

  it('counts certificates per server: CreateSslCertsQuotaFull.QuotaFull at the maximum', () => {
    const store = new Store();
    const table = store.table<SslVpnClientCertRecord>('cn-hangzhou', SSL_VPN_CLIENT_CERT_KIND);
    for (let i = 0; i < MAX_CERTS_PER_SERVER - 1; i += 1)
      table.put({ id: `vsc-${i}`, SslVpnServerId: 'vss-1' } as SslVpnClientCertRecord);
    table.put({ id: 'vsc-other', SslVpnServerId: 'vss-2' } as SslVpnClientCertRecord);
    expect(codeOf(() => checkCertQuota(store, server))).toBe('ok');
    table.put({ id: 'vsc-last', SslVpnServerId: 'vss-1' } as SslVpnClientCertRecord);
    expect(codeOf(() => checkCertQuota(store, server))).toBe('CreateSslCertsQuotaFull.QuotaFull');
  });

  it('counts creation operations, deleted certificates included: SslVpnClientCreateTimes.ReachLimits', () => {
    const store = new Store();
    const busy = { ...server, certCreations: MAX_CERT_CREATIONS - 1 };
    expect(codeOf(() => checkCertQuota(store, busy))).toBe('ok');
    busy.certCreations += 1;
    expect(codeOf(() => checkCertQuota(store, busy))).toBe('SslVpnClientCreateTimes.ReachLimits');
  });
});

describe('allocatePrivateIp (net30)', () => {
  it('gives the second host of the lowest free /30 after the server’s, until the pool is full', () => {
    expect(allocatePrivateIp('10.0.0.0/29', [])).toBe('10.0.0.6');
    expect(allocatePrivateIp('10.0.0.0/29', ['10.0.0.6'])).toBeUndefined();
    expect(allocatePrivateIp('10.0.0.0/28', ['10.0.0.6', '10.0.0.14'])).toBe('10.0.0.10');
  });
});
