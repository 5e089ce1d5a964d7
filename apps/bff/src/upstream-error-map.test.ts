import { describe, expect, it } from 'vitest';
import { VpcApiError, VpcNetworkError, VpcTimeoutError } from '@gc/vpc-client';
import { HttpError } from './errors.ts';
import { fieldForUpstreamCode, mapUpstreamError } from './upstream-error-map.ts';

const api = (code: string, httpStatus = 400, message = `msg ${code}`) =>
  new VpcApiError({
    action: 'X',
    code,
    message,
    httpStatus,
    retryable: false,
    requestId: 'RID-1',
    retryAfterSeconds: code.includes('Throttling') ? 3 : undefined,
  });

function mapped(err: unknown): HttpError {
  const m = mapUpstreamError(err, ['LTAIsecretid', 'TopSecretValue']);
  expect(m).toBeInstanceOf(HttpError);
  return m as HttpError;
}

describe('mapUpstreamError', () => {
  it.each([
    ['InvalidNatGatewayId.NotFound', 404, 404],
    ['INSTANCE_NOT_EXISTS', 404, 404],
    ['Throttling.User', 400, 429],
    ['Throttling', 503, 429],
    ['DependencyViolation.EIPS', 400, 409],
    ['IncorrectStatus.NatGateway', 400, 409],
    ['IncorretSnatEntryStatus', 400, 409],
    ['IdempotentParameterMismatch', 400, 409],
    ['OperationConflict', 409, 409],
    ['InvalidParameter.Name.Malformed', 400, 400],
    ['QuotaExceeded.Eip', 400, 400],
    ['InternalError', 500, 502],
    ['ServiceUnavailable', 503, 502],
    ['SignatureDoesNotMatch', 400, 502],
    ['InvalidAction.NotFound', 404, 502],
    ['Forbidden', 403, 403],
  ])('%s (HTTP %i) → %i with the upstream code and RequestId', (code, http, status) => {
    const m = mapped(api(code, http));
    expect(m.status).toBe(status);
    expect(m.code).toBe(code);
    expect(m.extra.requestId).toBe('RID-1');
  });

  it('passes Retry-After of a throttled answer', () => {
    expect(mapped(api('Throttling.Api')).extra.retryAfterSeconds).toBe(3);
  });

  it('maps parameter codes back to our field names', () => {
    expect(fieldForUpstreamCode('InvalidParameter.Name.Malformed')).toBe('name');
    expect(fieldForUpstreamCode('InvalidNatGatewayDescription.MalFormed')).toBe('description');
    expect(fieldForUpstreamCode('MissingVpcId')).toBe('vpcId');
    expect(fieldForUpstreamCode('MissingParameter.VSwitchId')).toBe('vSwitchId');
    expect(fieldForUpstreamCode('InvalidExternalPort.Malformed')).toBe('externalPort');
    expect(fieldForUpstreamCode('IllegalParam.TagKey')).toBe('tags');
    expect(fieldForUpstreamCode('QuotaExceeded.Eip')).toBeUndefined();
    expect(mapped(api('InvalidParameter.Name.Malformed')).extra.fields).toEqual([
      { path: 'name', message: 'msg InvalidParameter.Name.Malformed' },
    ]);
  });

  it('scrubs secrets and XML out of upstream messages', () => {
    expect(
      mapped(api('InvalidParameter', 400, 'bad LTAIsecretid and TopSecretValue')).message,
    ).toBe('bad *** and ***');
    expect(
      mapped(api('InvalidParameter', 400, '<Error><Code>x</Code></Error>')).message,
    ).not.toContain('<');
  });

  it('maps network failures to 502 and timeouts to 504', () => {
    expect(mapped(new VpcNetworkError('X', 'ECONNREFUSED')).status).toBe(502);
    expect(mapped(new VpcTimeoutError('X', 'headers', 'slow')).status).toBe(504);
  });

  it('leaves other errors alone', () => {
    const e = new Error('x');
    expect(mapUpstreamError(e)).toBe(e);
  });
});
