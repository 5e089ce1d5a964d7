import { malformedParam, missingParameter, valueNotSupportedParam } from '../errors.ts';
import { isCidr, isIpv4 } from '../params.ts';
import { cidrRange, ipToInt } from './vpc.model.ts';

/** Ports an SSL server may not listen on (REFERENCE-2 §3.1). */
export const FORBIDDEN_SSL_PORTS: readonly number[] = [
  22, 2222, 22222, 9000, 9001, 9002, 7505, 80, 443, 53, 68, 123, 4510, 4560, 500, 4500,
];

const RESERVED = ['127.0.0.0/8', '169.254.0.0/16', '224.0.0.0/4', '255.0.0.0/8'];
// The client pool additionally avoids the carrier-grade NAT range (REFERENCE-2 §3.1).
const POOL_RESERVED = ['100.64.0.0/10', ...RESERVED];
const RFC1918 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];

/** True when two CIDR blocks share an address. */
export function cidrsOverlap(a: string, b: string): boolean {
  const x = cidrRange(a);
  const y = cidrRange(b);
  return x.first < y.first + y.size && y.first < x.first + x.size;
}

const within = (inner: string, outer: string) => {
  const i = cidrRange(inner);
  const o = cidrRange(outer);
  return i.first >= o.first && i.first + i.size <= o.first + o.size;
};

const maskOf = (cidr: string) => Number(cidr.split('/')[1]);

function networkCidr(field: string, cidr: string, min: number, max: number): void {
  if (!isCidr(cidr) || cidrRange(cidr).first !== ipToInt(cidr.split('/')[0] ?? ''))
    throw malformedParam(field, `${field} "${cidr}" is not a network address in CIDR form.`);
  const mask = maskOf(cidr);
  if (mask < min || mask > max)
    throw malformedParam(field, `The mask of ${field} "${cidr}" must be /${min} to /${max}.`);
}

/** `LocalSubnet`: comma-separated CIDRs, masks /8–/32, none in a reserved range; canonical text. */
export function checkLocalSubnet(raw: string): string {
  const list = raw.split(',').map((s) => s.trim());
  for (const cidr of list) {
    networkCidr('LocalSubnet', cidr, 8, 32);
    const bad = RESERVED.find((r) => cidrsOverlap(cidr, r));
    if (bad) throw malformedParam('LocalSubnet', `LocalSubnet "${cidr}" overlaps ${bad}.`);
  }
  return list.join(',');
}

/** What the client pool must respect besides its own shape. */
export interface PoolContext {
  localSubnet: string;
  vpcCidr: string;
  sslConnections: number;
}

/**
 * `ClientIpPool` (REFERENCE-2 §3.1): a private /16–/29 holding ≥ 4 addresses per allowed
 * connection (each client takes a /30), clear of the local networks, the VPC and reserved ranges.
 */
export function checkClientIpPool(pool: string, c: PoolContext): void {
  networkCidr('ClientIpPool', pool, 16, 29);
  const bad = POOL_RESERVED.find((r) => cidrsOverlap(pool, r));
  if (bad) throw malformedParam('ClientIpPool', `ClientIpPool "${pool}" overlaps ${bad}.`);
  if (!RFC1918.some((r) => within(pool, r)))
    throw malformedParam(
      'ClientIpPool',
      `ClientIpPool "${pool}" must be a private (RFC 1918) block.`,
    );
  const need = 4 * c.sslConnections;
  if (cidrRange(pool).size < need)
    throw malformedParam(
      'ClientIpPool',
      `ClientIpPool "${pool}" has ${cidrRange(pool).size} addresses; the gateway allows ${c.sslConnections} SSL connections, which need at least ${need}.`,
    );
  const local = c.localSubnet.split(',').find((l) => cidrsOverlap(pool, l));
  if (local)
    throw malformedParam('ClientIpPool', `ClientIpPool "${pool}" overlaps LocalSubnet ${local}.`);
  if (c.vpcCidr && cidrsOverlap(pool, c.vpcCidr))
    throw malformedParam(
      'ClientIpPool',
      `ClientIpPool "${pool}" overlaps the VPC CIDR ${c.vpcCidr}.`,
    );
}

/** `Port`: 1–65535 (schema) and not one of {@link FORBIDDEN_SSL_PORTS}. */
export function checkSslPort(port: number): void {
  if (FORBIDDEN_SSL_PORTS.includes(port))
    throw valueNotSupportedParam('Port', `Port ${port} is reserved and cannot be used.`);
}

/** `DnsServers`: comma-separated IPv4 addresses (semantics unconfirmed, REFERENCE-2 §8). */
export function checkDnsServers(raw: string): string {
  const list = raw === '' ? [] : raw.split(',').map((s) => s.trim());
  const bad = list.find((ip) => !isIpv4(ip));
  if (bad !== undefined)
    throw malformedParam('DnsServers', `DnsServers "${bad}" is not an IPv4 address.`);
  return list.join(',');
}

/** Two-factor settings: `EnableMultiFactorAuth=true` needs the IDaaS instance and region. */
export function checkMultiFactor(s: {
  EnableMultiFactorAuth: boolean;
  IDaaSInstanceId: string;
  IDaaSRegionId: string;
}): void {
  if (s.EnableMultiFactorAuth && (!s.IDaaSInstanceId || !s.IDaaSRegionId))
    throw missingParameter(
      'IDaaSInstanceId and IDaaSRegionId are mandatory when EnableMultiFactorAuth is true.',
    );
}
