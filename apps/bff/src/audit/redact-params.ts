/** What a redacted value becomes: visible, so an auditor sees that a secret was sent. */
export const REDACTED = '[REDACTED]';

// Pre-shared keys, BGP auth keys (REFERENCE §3.4: CreateVpnConnection.IkeConfig.Psk,
// CreateCustomerGateway.AuthKey), passwords, AccessKey secrets, signatures, STS and CSRF tokens.
// Flattened keys (`TunnelOptionsSpecification.1.TunnelIkeConfig.Psk`, REFERENCE §1.1) are judged
// by their last non-numeric segment.
const SECRET_KEY =
  /psk|pre.?shared|secret|passw(or)?d|passphrase|auth.?key|token|signature|access.?key.?id|private.?key|credential|cookie|authorization/i;
// The ClientToken is an idempotency key, not a secret: issue 7 asks for it in every entry.
const NOT_SECRET = /^client.?token$/i;

/** True when a parameter named `key` holds a secret that must never be stored. */
export function isSecretKey(key: string): boolean {
  // `Password.1` is element 1 of a list named Password: judge the last non-numeric segment.
  const name =
    key
      .split('.')
      .filter((s) => !/^\d+$/.test(s))
      .pop() ?? key;
  return SECRET_KEY.test(name) && !NOT_SECRET.test(name);
}

function redactValue(value: unknown, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactJsonString(value, seen);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[Circular]';
  // `seen` holds the ancestors only, so an object shared by two branches is copied twice.
  seen.add(value);
  let out: unknown;
  if (Array.isArray(value)) {
    out = value.map((v) => redactValue(v, seen));
  } else {
    const obj: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v !== undefined) obj[k] = isSecretKey(k) ? REDACTED : redactValue(v, seen);
    }
    out = obj;
  }
  seen.delete(value);
  return out;
}

// Several VPN parameters are JSON *strings* (IkeConfig, IpsecConfig, BgpConfig: REFERENCE §3.4
// CreateVpnConnection), so a Psk hides inside a string value; parse, redact and re-serialise.
function redactJsonString(value: string, seen: WeakSet<object>): string {
  const t = value.trim();
  if (!(t.startsWith('{') && t.endsWith('}')) && !(t.startsWith('[') && t.endsWith(']'))) {
    return value;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(t);
  } catch {
    return value;
  }
  return JSON.stringify(redactValue(parsed, seen));
}

/**
 * Returns a deep copy of request parameters with every secret replaced by `[REDACTED]`: keys
 * matching psk/secret/password/authkey/token/signature (but not `clientToken`), also inside
 * nested objects, arrays and JSON-encoded strings. Idempotent.
 */
export function redactParams(params: Record<string, unknown>): Record<string, unknown> {
  const out = redactValue(params, new WeakSet());
  return out !== null && typeof out === 'object' && !Array.isArray(out)
    ? (out as Record<string, unknown>)
    : {};
}
