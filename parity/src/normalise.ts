/**
 * Redaction and normalisation of what a run saw, so that two runs (today's emulator, the real
 * cloud last month) compare on behaviour rather than on values that are random by design.
 */

// Resource IDs are `<prefix>-<10+ lowercase alphanumerics with a digit>`: region IDs such as
// `cn-hangzhou` (no digit) or `eu-central-1` (two hyphens) are not matched.
const ID = /^([a-z][a-z0-9]*)-(?=[a-z0-9]*\d)[a-z0-9]{10,}$/;
const ISO_TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z\b/g;
const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;
// Redacted by key: anything that is a key, a secret or the signature (issue 20).
const SECRET_KEY =
  /(psk|presharedkey|privatekey|clientkey|secret|password|signature|accesskey|securitytoken)/i;
const TIME_KEY = /(Time|Date|Timestamp)$/;
// Error bodies carry the request ID inside prose and URLs.
const VOLATILE_KEYS = new Set([
  'RequestId',
  'HostId',
  'Recommend',
  'AccessDeniedDetail',
  'OrderId',
]);

/** Keeps placeholders stable within one run: the first NAT gateway seen is `ngw-1`, and so on. */
export class Normaliser {
  private readonly ids = new Map<string, string>();
  private readonly counters = new Map<string, number>();

  /** @param scrub strings that must never be kept anywhere (the AccessKey ID, an STS token). */
  constructor(private readonly scrub: readonly string[] = []) {}

  /** The placeholder of `id`, allocating the next one of its prefix on first sight. */
  idOf(id: string): string {
    const known = this.ids.get(id);
    if (known !== undefined) return known;
    const prefix = ID.exec(id)?.[1] ?? 'id';
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    const placeholder = `<${prefix}-${n}>`;
    this.ids.set(id, placeholder);
    return placeholder;
  }

  /** Normalises one string value seen under `key`. */
  text(key: string, value: string): string {
    if (SECRET_KEY.test(key) || value.includes('-----BEGIN')) return '<redacted>';
    for (const secret of this.scrub) if (secret) value = value.split(secret).join('<redacted>');
    // A signature error quotes the server's string to sign: nonce, time and AccessKey ID.
    value = value.replace(/(string to sign is:).*$/s, '$1 <redacted>');
    if (VOLATILE_KEYS.has(key)) return `<${key}>`;
    // Some parameters are JSON documents (IkeConfig holds the pre-shared key): look inside.
    if (value.startsWith('{') || value.startsWith('[')) {
      try {
        return JSON.stringify(this.value(JSON.parse(value) as unknown, key));
      } catch {
        // Not JSON after all: normalised as text below.
      }
    }
    if (ID.test(value)) return this.idOf(value);
    if (TIME_KEY.test(key) && value !== '') return '<time>';
    return value.replace(ISO_TIME, '<time>').replace(IPV4, '<ipv4>');
  }

  /** Normalises a parsed answer: every string leaf, numeric times, keys kept. */
  value(value: unknown, key = ''): unknown {
    if (Array.isArray(value)) return value.map((v) => this.value(v, key));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, this.value(v, k)]),
      );
    }
    if (typeof value === 'string') return this.text(key, value);
    // Order numbers are random and times move: keep the type, drop the value.
    if (typeof value === 'number' && (TIME_KEY.test(key) || VOLATILE_KEYS.has(key))) return 0;
    return value;
  }

  /** Normalises request parameters (flat strings). */
  params(params: Record<string, string>): Record<string, string> {
    return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, this.text(k, v)]));
  }
}

/** Replaces every leaf by its type name: what an account-specific answer keeps. */
export function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? [] : [shapeOf(value[0])];
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, shapeOf(v)]),
    );
  }
  return value === null ? 'null' : typeof value;
}
