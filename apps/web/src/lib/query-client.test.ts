import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { isRetryable, retryDelay } from './query-client';

const error = (status: number, retryAfterSeconds?: number) =>
  new ApiError({ status, code: 'X', message: 'x', retryAfterSeconds });

describe('query retries', () => {
  it('retries network failures, throttling and gateway errors only', () => {
    expect([0, 429, 502, 504].map((s) => isRetryable(error(s)))).toEqual([true, true, true, true]);
    expect([400, 401, 403, 404, 409, 500].some((s) => isRetryable(error(s)))).toBe(false);
  });

  it('waits as long as Retry-After says, capped at 10 s, else backs off', () => {
    expect(retryDelay(0, error(429, 2))).toBe(2000);
    expect(retryDelay(0, error(429, 60))).toBe(10_000);
    expect(retryDelay(1, error(502))).toBe(2000);
  });
});
