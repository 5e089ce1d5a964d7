import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { HashQueue, hashQueueSize } from './hash-queue.ts';

// OWASP Password Storage Cheat Sheet: scrypt with N=2^17, r=8, p=1 (128 MiB per hash). The
// parameters are stored with each hash, so older hashes still verify and are rehashed at login.
const N = 2 ** 17;
const R = 8;
const P = 1;
const KEY_LENGTH = 64;
// 128·N·r bytes are needed; Node refuses anything above maxmem.
const MAX_MEM = 256 * 1024 * 1024;

/** The login hash queue, sized from the machine's cores (see `hashQueueSize`). */
export const hashQueue = HashQueue.sized(hashQueueSize(availableParallelism()));

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return hashQueue.run(
    () =>
      new Promise((resolve, reject) => {
        scrypt(password, salt, KEY_LENGTH, { N: n, r, p, maxmem: MAX_MEM }, (err, key) =>
          err ? reject(err) : resolve(key),
        );
      }),
  );
}

/** scrypt's cost parameters. */
export interface ScryptCost {
  n: number;
  r: number;
  p: number;
}

/** The cost every stored password gets (OWASP's). */
export const PASSWORD_COST: ScryptCost = { n: N, r: R, p: P };

/**
 * The demo users' cost: their passwords are printed in the README and the banner, so a costly
 * hash protects nothing, and it would make every demo and test login take most of a second.
 */
export const DEMO_PASSWORD_COST: ScryptCost = { n: 2 ** 12, r: 8, p: 1 };

/** Hashes a password with scrypt and a fresh 16-byte salt: `scrypt$N$r$p$salt$hash` (base64url). */
export async function hashPassword(password: string, cost = PASSWORD_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost.n, cost.r, cost.p);
  const b64 = (b: Buffer) => b.toString('base64url');
  return ['scrypt', cost.n, cost.r, cost.p, b64(salt), b64(key)].join('$');
}

function parse(stored: string) {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined;
  const [n, r, p] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const expected = Buffer.from(parts[5] ?? '', 'base64url');
  if (!n || !r || !p || salt.length === 0 || expected.length !== KEY_LENGTH) return undefined;
  // A users file is trusted input, but a typo must not ask scrypt for gigabytes.
  if (128 * n * r > MAX_MEM || p > 16) return undefined;
  return { n, r, p, salt, expected };
}

/** Checks a password against a stored hash in constant time; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const h = parse(stored);
  if (h === undefined) return false;
  const actual = await derive(password, h.salt, h.n, h.r, h.p);
  return timingSafeEqual(actual, h.expected);
}

/** True when a stored hash uses weaker parameters than today's: rehash it at the next login. */
export function needsRehash(stored: string): boolean {
  const h = parse(stored);
  return h === undefined || h.n < N || h.r < R || h.p < P;
}

const dummyHashes = new Map<ScryptCost, Promise<string>>();

/** Burns the same time as a real check, so unknown usernames cannot be told apart by timing. */
export async function verifyAgainstDummy(password: string, cost = PASSWORD_COST): Promise<false> {
  let dummy = dummyHashes.get(cost);
  if (dummy === undefined) {
    dummy = hashPassword('not-a-real-password', cost);
    dummyHashes.set(cost, dummy);
  }
  await verifyPassword(password, await dummy);
  return false;
}
