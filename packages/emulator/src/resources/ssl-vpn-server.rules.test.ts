import { describe, expect, it } from 'vitest';
import type { ApiError } from '../api-error.ts';
import {
  checkClientIpPool,
  checkDnsServers,
  checkLocalSubnet,
  checkMultiFactor,
  checkSslPort,
  FORBIDDEN_SSL_PORTS,
} from './ssl-vpn-server.rules.ts';

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return `${(e as ApiError).code}: ${(e as ApiError).message}`;
  }
  return 'ok';
};

const pool = (cidr: string, sslConnections = 5, localSubnet = '10.10.0.0/16') =>
  codeOf(() => checkClientIpPool(cidr, { localSubnet, vpcCidr: '10.10.0.0/16', sslConnections }));

describe('ClientIpPool (REFERENCE-2 §3.1)', () => {
  it('follows the size table: 4 addresses per allowed connection', () => {
    const table: [number, number][] = [
      [5, 27],
      [10, 26],
      [20, 25],
      [50, 24],
      [100, 23],
      [200, 22],
      [500, 21],
      [1000, 20],
    ];
    for (const [connections, mask] of table) {
      expect(pool(`192.168.0.0/${mask}`, connections), `${connections} → /${mask}`).toBe('ok');
      expect(pool(`192.168.0.0/${mask + 1}`, connections)).toMatch(
        /^InvalidParameter\.ClientIpPool\.Malformed: .*need at least/,
      );
    }
  });

  it('takes masks /16 to /29 and network addresses only', () => {
    expect(pool('172.16.0.0/15')).toMatch(/must be \/16 to \/29/);
    expect(pool('192.168.0.0/30', 1)).toMatch(/must be \/16 to \/29/);
    expect(pool('192.168.0.8/29', 1)).toBe('ok');
    expect(pool('192.168.0.1/24')).toMatch(/not a network address/);
    expect(pool('banana')).toMatch(/not a network address/);
  });

  it('refuses reserved and public ranges and overlaps with LocalSubnet or the VPC', () => {
    expect(pool('100.64.0.0/24')).toMatch(/overlaps 100\.64\.0\.0\/10/);
    expect(pool('169.254.0.0/24')).toMatch(/overlaps 169\.254/);
    expect(pool('47.96.0.0/24')).toMatch(/private \(RFC 1918\)/);
    expect(pool('10.10.5.0/24')).toMatch(/overlaps LocalSubnet 10\.10\.0\.0\/16/);
    expect(pool('10.10.5.0/24', 5, '192.168.9.0/24')).toMatch(/overlaps the VPC CIDR/);
  });
});

describe('LocalSubnet, Port, DnsServers, two-factor settings', () => {
  it('accepts several CIDRs, masks /8–/32, none reserved', () => {
    expect(checkLocalSubnet('10.10.0.0/16, 192.168.1.5/32')).toBe('10.10.0.0/16,192.168.1.5/32');
    expect(codeOf(() => checkLocalSubnet('10.0.0.0/7'))).toMatch(
      /LocalSubnet\.Malformed.*\/8 to \/32/,
    );
    expect(codeOf(() => checkLocalSubnet('127.0.0.0/8'))).toMatch(/overlaps 127\.0\.0\.0\/8/);
  });

  it('refuses every forbidden port and keeps the others', () => {
    for (const port of FORBIDDEN_SSL_PORTS)
      expect(codeOf(() => checkSslPort(port))).toMatch(
        /^InvalidParameter\.Port\.ValueNotSupported/,
      );
    expect(codeOf(() => checkSslPort(1194))).toBe('ok');
  });

  it('checks DNS servers and the IDaaS ids of two-factor authentication', () => {
    expect(checkDnsServers('100.100.2.136, 100.100.2.138')).toBe('100.100.2.136,100.100.2.138');
    expect(codeOf(() => checkDnsServers('dns.example'))).toMatch(/DnsServers\.Malformed/);
    const mfa = { EnableMultiFactorAuth: true, IDaaSInstanceId: 'idaas-cn-1', IDaaSRegionId: '' };
    expect(codeOf(() => checkMultiFactor(mfa))).toMatch(/^MissingParameter: IDaaSInstanceId/);
    expect(codeOf(() => checkMultiFactor({ ...mfa, IDaaSRegionId: 'cn-hangzhou' }))).toBe('ok');
  });
});
