import { ipKeyGenerator } from 'express-rate-limit';
import { BFF_ERROR_CODES } from '@gc/contracts';
import { TooManyRequestsError } from '../errors.ts';
import type { LoginThrottleStore } from './session-store.ts';

/** Failed logins allowed per window: per username, and per client address across usernames. */
export interface LoginLimits {
  windowMs: number;
  /** Failures per username (any address). */
  limit: number;
  /** Failures per client address (any username); default three times `limit`. */
  addressLimit?: number;
}

/**
 * Login throttling that holds (issue 15): failures are counted per username and per client
 * address in the shared store, so they survive restarts and add up across instances, and many
 * usernames from one address are throttled too. Only failures count; a good login clears its
 * username's counter but not its address's.
 */
export class LoginThrottle {
  constructor(
    private readonly store: LoginThrottleStore,
    private readonly limits: LoginLimits,
    private readonly now: () => number = Date.now,
  ) {}

  private keys(username: string, ip: string | undefined) {
    // IPv6 clients are counted per /56: one host holds many addresses.
    return { user: `u:${username.toLowerCase()}`, address: `a:${ipKeyGenerator(ip ?? 'unknown')}` };
  }

  /** Throws 429 with Retry-After when either counter is full. */
  async check(username: string, ip: string | undefined): Promise<void> {
    const { user, address } = this.keys(username, ip);
    const now = this.now();
    const { windowMs, limit } = this.limits;
    const addressLimit = this.limits.addressLimit ?? limit * 3;
    const [u, a] = await Promise.all([
      this.store.failures(user, now, windowMs),
      this.store.failures(address, now, windowMs),
    ]);
    const full = [u.failures >= limit && u, a.failures >= addressLimit && a].filter((x) => !!x);
    if (full.length === 0) return;
    const resetAt = Math.max(...full.map((c) => c.resetAt));
    throw new TooManyRequestsError(
      'Too many failed logins: wait a moment before trying again.',
      Math.max(1, Math.ceil((resetAt - now) / 1000)),
      BFF_ERROR_CODES.tooManyRequests,
    );
  }

  /** Counts a failed login against the username and the address. */
  async failed(username: string, ip: string | undefined): Promise<void> {
    const { user, address } = this.keys(username, ip);
    const now = this.now();
    await this.store.addFailure(user, now, this.limits.windowMs);
    await this.store.addFailure(address, now, this.limits.windowMs);
  }

  /** A good login: the username starts afresh. */
  async succeeded(username: string): Promise<void> {
    await this.store.clear(this.keys(username, undefined).user);
  }
}
