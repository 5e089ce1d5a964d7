import { describe, expect, it } from 'vitest';
import { VpcApiError, VpcNetworkError, VpcTimeoutError } from './errors.ts';
import { backoffDelay, classifyCode, DEFAULT_RETRY, decideRetry } from './retry-policy.ts';

const apiError = (code: string, httpStatus = 400, retryAfterSeconds?: number): VpcApiError =>
  new VpcApiError({
    action: 'DescribeNatGateways',
    code,
    message: code,
    httpStatus,
    retryable: true,
    retryAfterSeconds,
  });

const options = { ...DEFAULT_RETRY, maxAttempts: 4 };
const half = (): number => 0.5;

describe('classifyCode', () => {
  it.each([
    ['Throttling', 400, 'throttling'],
    ['Throttling.User', 400, 'throttling'],
    ['Throttling.Api', 400, 'throttling'],
    ['Rejected.Throttling', 400, 'throttling'],
    ['Throttling.DeepPageSkip', 400, 'throttling'],
    ['ServiceUnavailable', 503, 'transient'],
    ['InternalError', 500, 'transient'],
    ['InternalError', 400, 'transient'],
    ['SystemBusy', 400, 'transient'],
    ['SignatureNonceUsed', 400, 'transient'],
    ['UnexpectedResponse', 502, 'transient'],
    ['OperationConflict', 409, 'state'],
    ['TaskConflict', 400, 'state'],
    ['LastTokenProcessing', 400, 'state'],
    ['IncorrectStatus.NatGateway', 400, 'state'],
    ['IncorrectStatus', 400, 'state'],
    ['VpnGateway.Configuring', 400, 'state'],
    ['IncorretSnatEntryStatus', 400, 'state'],
    ['InvalidNatGatewayId.NotFound', 404, 'permanent'],
    ['DependencyViolation.EIPS', 400, 'permanent'],
    ['IncorrectEipStatus', 400, 'permanent'],
    ['SignatureDoesNotMatch', 400, 'permanent'],
    ['IdempotentParameterMismatch', 400, 'permanent'],
    ['Forbidden.RAM', 403, 'permanent'],
  ])('%s (HTTP %i) is %s', (code, status, kind) => {
    expect(classifyCode(code, status)).toBe(kind);
  });
});

describe('backoffDelay', () => {
  it('draws uniformly below an exponentially growing, capped ceiling', () => {
    expect(backoffDelay(1, 200, 5000, () => 0.999)).toBe(199);
    expect(backoffDelay(3, 200, 5000, () => 0.999)).toBe(799);
    expect(backoffDelay(10, 200, 5000, () => 0.999)).toBe(4995);
    expect(backoffDelay(3, 200, 5000, () => 0)).toBe(0);
  });
});

describe('decideRetry', () => {
  it('retries reads on throttling, 5xx, network errors and timeouts', () => {
    for (const error of [
      apiError('Throttling.User'),
      apiError('ServiceUnavailable', 503),
      new VpcNetworkError('A', 'reset'),
      new VpcTimeoutError('A', 'headers', 'timeout'),
    ]) {
      const decision = decideRetry(
        { error, attempt: 1, safeToRepeat: true, random: half },
        options,
      );
      expect(decision).toMatchObject({ retry: true, delayMs: 100 });
    }
  });

  it('never retries permanent errors or unknown exceptions', () => {
    for (const error of [apiError('InvalidParameter'), new TypeError('bug')]) {
      expect(decideRetry({ error, attempt: 1, safeToRepeat: true }, options).retry).toBe(false);
    }
  });

  it('does not retry a mutation without a ClientToken, whatever the failure', () => {
    const decision = decideRetry(
      { error: new VpcNetworkError('CreateNatGateway', 'reset'), attempt: 1, safeToRepeat: false },
      options,
    );
    expect(decision).toEqual({
      retry: false,
      kind: 'network',
      reason: 'mutation without ClientToken',
    });
  });

  it('stops at maxAttempts', () => {
    const error = apiError('ServiceUnavailable', 503);
    expect(decideRetry({ error, attempt: 3, safeToRepeat: true }, options).retry).toBe(true);
    expect(decideRetry({ error, attempt: 4, safeToRepeat: true }, options)).toMatchObject({
      retry: false,
      reason: 'gave up after 4 attempts',
    });
  });

  it('waits at least x-acs-retry-after on throttling', () => {
    const error = apiError('Throttling', 400, 2);
    expect(decideRetry({ error, attempt: 1, safeToRepeat: true, random: half }, options)).toEqual({
      retry: true,
      kind: 'throttling',
      delayMs: 2000,
    });
  });

  it('gives up when x-acs-retry-after is longer than maxDelayMs', () => {
    const error = apiError('Throttling', 400, 60);
    expect(decideRetry({ error, attempt: 1, safeToRepeat: true }, options).retry).toBe(false);
  });

  it('backs off busy/conflict state codes from the longer state base delay', () => {
    const error = apiError('OperationConflict', 409);
    expect(decideRetry({ error, attempt: 2, safeToRepeat: true, random: half }, options)).toEqual({
      retry: true,
      kind: 'state',
      delayMs: 1000,
    });
  });
});
