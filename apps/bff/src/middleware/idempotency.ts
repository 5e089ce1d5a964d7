import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { BFF_ERROR_CODES } from '@gc/contracts';
import { InputError } from '../errors.ts';

const KEY_RE = /^[\x21-\x7e]{8,200}$/;

/**
 * The upstream ClientToken for a create: a hash of (user, route, Idempotency-Key). The same
 * submission retried gives the same token, so the API returns the first result instead of making a
 * second resource; 64 hex characters meet the ≤64 ASCII rule (REFERENCE §5.3).
 */
export function deriveClientToken(user: string, route: string, key: string): string {
  return createHash('sha256').update(`${user}\n${route}\n${key}`).digest('hex');
}

function routeOf(req: Request): string {
  return `${req.method} ${req.originalUrl.split('?')[0] ?? ''}`;
}

/** Reads the `Idempotency-Key` header; 400 naming it when a create lacks it (or it is malformed). */
export function requireClientToken(req: Request, user: string): string {
  const key = req.get('idempotency-key');
  if (key === undefined || !KEY_RE.test(key)) {
    throw new InputError(
      'The Idempotency-Key header is required on creates (8–200 visible ASCII characters, one per form submission).',
      [{ path: 'Idempotency-Key', message: key === undefined ? 'is required' : 'is malformed' }],
      BFF_ERROR_CODES.idempotencyKeyRequired,
    );
  }
  return deriveClientToken(user, routeOf(req), key);
}

/** Like {@link requireClientToken}, but the header is optional (binds, tag updates). */
export function optionalClientToken(req: Request, user: string): string | undefined {
  return req.get('idempotency-key') === undefined ? undefined : requireClientToken(req, user);
}
