import { idempotentParameterMismatch, lastTokenProcessing } from './errors.ts';
import type { Store } from './store.ts';

// Transport/signature params change on every retry (new nonce, timestamp, signature: REFERENCE
// §5.3), so they are not part of what "the same parameters" means.
const VOLATILE = new Set([
  'Signature',
  'SignatureNonce',
  'SignatureMethod',
  'SignatureVersion',
  'Timestamp',
  'AccessKeyId',
  'SecurityToken',
  'Format',
  'Version',
]);

const MAX_TOKENS = 10_000;
const TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

/** A stable fingerprint of an action call, ignoring the volatile params. */
export function fingerprint(action: string, params: Record<string, string>): string {
  const keys = Object.keys(params)
    .filter((k) => !VOLATILE.has(k))
    .sort();
  return JSON.stringify([action, ...keys.map((k) => [k, params[k]])]);
}

/** Outcome of {@link Idempotency.begin}. */
export type TokenStart = { kind: 'new' } | { kind: 'replay'; response: Record<string, unknown> };

/**
 * ClientToken semantics (REFERENCE §5.3): same token + same params → the first result; different
 * params → `IdempotentParameterMismatch`; first still in flight → `LastTokenProcessing`.
 * Tokens are per AccessKey, kept 24 h, at most 10 000 (the real retention is undocumented).
 */
export class Idempotency {
  constructor(private readonly store: Store) {}

  private key(accessKeyId: string, token: string): string {
    return `${accessKeyId}\u0000${token}`;
  }

  /** Registers the token, or answers a replay, or throws a conflict. */
  begin(accessKeyId: string, token: string, print: string): TokenStart {
    const tokens = this.store.state.tokens;
    const key = this.key(accessKeyId, token);
    const entry = tokens[key];
    if (entry && Date.now() - entry.at < TOKEN_TTL_MS) {
      if (entry.fingerprint !== print) throw idempotentParameterMismatch();
      if (entry.state === 'processing' || !entry.response) throw lastTokenProcessing();
      return { kind: 'replay', response: entry.response };
    }
    tokens[key] = { fingerprint: print, state: 'processing', at: Date.now() };
    this.prune();
    return { kind: 'new' };
  }

  /** Stores the successful response for later replays. */
  complete(accessKeyId: string, token: string, response: Record<string, unknown>): void {
    const entry = this.store.state.tokens[this.key(accessKeyId, token)];
    if (entry) Object.assign(entry, { state: 'done', response });
  }

  /** Forgets a token whose request failed: a 4xx is not made retry-safe by the token (§5.3). */
  abort(accessKeyId: string, token: string): void {
    delete this.store.state.tokens[this.key(accessKeyId, token)];
  }

  private prune(): void {
    const tokens = this.store.state.tokens;
    const keys = Object.keys(tokens);
    if (keys.length <= MAX_TOKENS) return;
    keys
      .sort((a, b) => (tokens[a]?.at ?? 0) - (tokens[b]?.at ?? 0))
      .slice(0, keys.length - MAX_TOKENS)
      .forEach((k) => delete tokens[k]);
  }
}
