import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ApiError } from './api-error.ts';
import { adminForbidden, adminUnauthorized, adminUnsupportedMediaType } from './errors.ts';

// Who may use the admin API (issue 15). Loopback alone is not enough: a web page open in the
// machine's browser is on loopback too. It could reset the emulator with a simple cross-site
// request, and read its state (PSKs included) by DNS rebinding, where its own host name resolves
// to 127.0.0.1. So every call also needs the process's token (a page cannot know it), a loopback
// `Host` (a rebound name is not one), and no foreign `Origin`; bodies must be JSON, which a form
// or a no-cors `fetch` cannot send.

/** Header that carries the admin token. */
export const ADMIN_TOKEN_HEADER = 'x-emulator-admin-token';

const LOOPBACK_PEERS = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
// Visible ASCII only, so the token survives as a header value; 16 characters at least.
const TOKEN_SHAPE = /^[\x21-\x7e]{16,}$/;

/** A fresh admin token: 256 random bits, base64url. */
export function newAdminToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Returns a token given by the caller, or throws when it is too short or not header-safe. */
export function checkAdminToken(token: string): string {
  if (!TOKEN_SHAPE.test(token))
    throw new Error('the admin token must be 16 or more visible ASCII characters (no spaces)');
  return token;
}

// Equal-length digests, so the comparison takes the same time whatever the guess.
const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

function mediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

/** Why this request may not use the admin API, or undefined when it may. */
export function refuseAdminRequest(
  req: IncomingMessage,
  rawBody: string,
  token: string,
): ApiError | undefined {
  if (!LOOPBACK_PEERS.has(req.socket.remoteAddress ?? ''))
    return adminForbidden('The admin API answers on loopback only.');
  const port = req.socket.localPort;
  const allowed = LOOPBACK_NAMES.flatMap((name) =>
    port === 80 ? [name, `${name}:80`] : [`${name}:${port}`],
  );
  const host = (req.headers.host ?? '').toLowerCase();
  if (!allowed.includes(host))
    return adminForbidden(
      `The admin API answers Host ${allowed.join(', ')} only, not "${req.headers.host ?? ''}".`,
    );
  const origin = req.headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${host}`)
    return adminForbidden(`The admin API refuses cross-origin requests (Origin "${origin}").`);
  const given = req.headers[ADMIN_TOKEN_HEADER];
  if (typeof given !== 'string' || given === '')
    return adminUnauthorized(
      `The admin API needs the ${ADMIN_TOKEN_HEADER} header: the token printed at start.`,
    );
  if (!timingSafeEqual(digest(given), digest(token)))
    return adminUnauthorized(
      `The ${ADMIN_TOKEN_HEADER} header does not hold this emulator's token.`,
    );
  const type = req.headers['content-type'];
  if ((rawBody !== '' || type !== undefined) && mediaType(type ?? '') !== 'application/json')
    return adminUnsupportedMediaType(type ?? '(none)');
  return undefined;
}
