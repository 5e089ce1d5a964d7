import { VpcApiError, VpcNetworkError, VpcTimeoutError } from './errors.ts';

/** Retry limits; see README "Retry policy". */
export interface RetryOptions {
  /** Attempts in total, the first included. */
  maxAttempts: number;
  /** First backoff ceiling for throttling, 5xx, network errors and timeouts. */
  baseDelayMs: number;
  /** Largest single wait; a longer `x-acs-retry-after` is not waited for. */
  maxDelayMs: number;
  /** First backoff ceiling for busy/conflict state codes: transitions take seconds, not ms. */
  stateBaseDelayMs: number;
}

/** The defaults used when `VpcClientOptions.retry` leaves a field out. */
export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 4,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  stateBaseDelayMs: 1_000,
};

/** How a failed attempt is classified. */
export type FailureKind =
  'throttling' | 'transient' | 'state' | 'network' | 'timeout' | 'permanent';

// REFERENCE §5.2 (transient), §5.1 (a reused nonce is fixed by a fresh one on every attempt).
const TRANSIENT_CODES = new Set([
  'ServiceUnavailable',
  'InternalError',
  'SystemBusy',
  'UnknownError',
  'SignatureNonceUsed',
]);

// REFERENCE §5.2/§5.3/§5.7: the resource or token is busy; the request was refused, not run.
// Codes that need the caller to act (DependencyViolation.*, IncorrectEipStatus, quotas) are absent.
const STATE_CODES = new Set([
  'OperationConflict',
  'TaskConflict',
  'LastTokenProcessing',
  'OperationFailed.LastTokenProcessing',
  'VpnGateway.Configuring',
  'VpnGateway.task.conflict',
  'VpnTask.CONFLICT',
  'VpnConnection.Configuring',
  'Appliance.Configuring',
  'IncorretSnatEntryStatus', // sic, REFERENCE §3.2
  'IncorretForwardEntryStatus', // sic
  'VpcStatusError',
  'VswitchStatusError',
  'FrequentPurchase.EIP',
  'OperationUnsupported.EipInBinding',
]);

/** Classifies an API error code. Throttling is detected by the code, not the status (§5.2). */
export function classifyCode(code: string, httpStatus: number): FailureKind {
  if (/throttling/i.test(code)) return 'throttling';
  if (TRANSIENT_CODES.has(code) || httpStatus >= 500) return 'transient';
  if (STATE_CODES.has(code) || code === 'IncorrectStatus' || code.startsWith('IncorrectStatus.')) {
    return 'state';
  }
  return 'permanent';
}

/** Classifies any error thrown by one attempt. */
export function classifyFailure(error: unknown): FailureKind {
  if (error instanceof VpcApiError) return classifyCode(error.code, error.httpStatus);
  if (error instanceof VpcTimeoutError) return 'timeout';
  if (error instanceof VpcNetworkError) return 'network';
  return 'permanent';
}

/** Full-jitter exponential backoff: uniform in [0, min(max, base·2^(attempt-1))]. */
export function backoffDelay(
  attempt: number,
  baseDelayMs: number,
  maxDelayMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

/** What to do after a failed attempt. */
export type RetryDecision =
  | { retry: true; kind: FailureKind; delayMs: number }
  | { retry: false; kind: FailureKind; reason: string };

/** Input of `decideRetry`. */
export interface RetryInput {
  error: unknown;
  /** Attempts made so far (1 after the first failure). */
  attempt: number;
  /** Reads always; mutations only when they carry a ClientToken (REFERENCE §5.3). */
  safeToRepeat: boolean;
  random?: () => number;
}

/** The retry policy as a pure function: whether to retry, and after how long. */
export function decideRetry(input: RetryInput, options: RetryOptions): RetryDecision {
  const kind = classifyFailure(input.error);
  if (kind === 'permanent') return { retry: false, kind, reason: 'not retryable' };
  if (!input.safeToRepeat) return { retry: false, kind, reason: 'mutation without ClientToken' };
  if (input.attempt >= options.maxAttempts) {
    return { retry: false, kind, reason: `gave up after ${input.attempt} attempts` };
  }
  const base = kind === 'state' ? options.stateBaseDelayMs : options.baseDelayMs;
  let delayMs = backoffDelay(input.attempt, base, options.maxDelayMs, input.random);
  if (kind === 'throttling' && input.error instanceof VpcApiError) {
    const afterMs = (input.error.retryAfterSeconds ?? 0) * 1000;
    if (afterMs > options.maxDelayMs) {
      return { retry: false, kind, reason: `x-acs-retry-after ${afterMs} ms exceeds maxDelayMs` };
    }
    delayMs = Math.max(delayMs, afterMs);
  }
  return { retry: true, kind, delayMs };
}
