import { isIP } from 'node:net';

/**
 * Which hops in front of the BFF are believed about the client's address and protocol, in the
 * two forms Express's `trust proxy` takes safely: a hop count, or the proxies' addresses.
 * `false` (and `0`) trusts nobody: `X-Forwarded-*` is ignored.
 */
export type TrustProxy = false | number | string[];

/** Express's (proxy-addr's) names for ranges of addresses. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

const HOP_COUNT = /^\d{1,3}$/;

function entryProblem(entry: string): string | undefined {
  if (NAMED_RANGES.has(entry)) return undefined;
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return `"${entry}" is not an IP address or CIDR`;
  if (prefix === undefined) return undefined;
  const max = family === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > max) {
    return `"${entry}" has a prefix length outside 0–${max}`;
  }
  return undefined;
}

/**
 * Parses `BFF_TRUST_PROXY`: an integer hop count, or a comma-separated list of IPv4/IPv6
 * addresses, CIDRs and the names loopback/linklocal/uniquelocal. Returns the problem as text
 * instead of throwing so that the config reports it beside the variable's name.
 *
 * The value is never handed to Express as a string: Express reads the string `1` as the address
 * 0.0.0.1 (proxy-addr's lenient IPv4 parsing), and `true` would believe any client's
 * `X-Forwarded-For`, so both shapes are refused or converted here.
 */
export function parseTrustProxy(
  raw: string | undefined,
): { ok: true; value: TrustProxy } | { ok: false; problem: string } {
  if (raw === undefined || raw.trim() === '') return { ok: true, value: false };
  const value = raw.trim();
  if (HOP_COUNT.test(value)) {
    const hops = Number(value);
    return { ok: true, value: hops === 0 ? false : hops };
  }
  const entries = value.split(',').map((e) => e.trim().toLowerCase());
  if (entries.some((e) => e === '')) return { ok: false, problem: 'has an empty entry' };
  const problems = entries.map(entryProblem).filter((p) => p !== undefined);
  if (problems.length > 0) {
    return {
      ok: false,
      problem: `must be a hop count (integer ≥ 0) or a comma-separated list of addresses, CIDRs, loopback, linklocal or uniquelocal: ${problems.join('; ')}`,
    };
  }
  return { ok: true, value: entries };
}
