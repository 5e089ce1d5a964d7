import { describe, expect, it } from 'vitest';
import { VpcApiError, VpcNetworkError, VpcTimeoutError } from '@gc/vpc-client';
import { HttpError } from './errors.ts';
import { fieldForUpstreamCode, mapResourceError, mapUpstreamError } from './upstream-error-map.ts';
import { VPN_ERRORS } from './upstream-error-tables.ts';

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

describe('mapResourceError with the VPN table', () => {
  it('answers 409 for a busy gateway and 400 on the field for a refused parameter', () => {
    const busy = mapped(mapResourceError(api('VpnGateway.Configuring'), VPN_ERRORS));
    expect([busy.status, busy.code, busy.extra.requestId]).toEqual([
      409,
      'VpnGateway.Configuring',
      'RID-1',
    ]);
    const subnet = mapped(mapResourceError(api('InvalidLocalSubnet.Malformed'), VPN_ERRORS));
    expect([subnet.status, subnet.extra.fields?.map((f) => f.path)]).toEqual([
      400,
      ['localSubnet'],
    ]);
    expect(mapped(mapResourceError(api('InvalidName'), VPN_ERRORS)).extra.fields?.[0]?.path).toBe(
      'name',
    );
    expect(
      mapped(mapResourceError(api('InvalidIpAddress.Reserved'), VPN_ERRORS)).extra.fields?.[0]
        ?.path,
    ).toBe('ipAddress');
  });

  it('leaves codes outside the table to the shared mapping', () => {
    const e = api('InvalidVpnGatewayInstanceId.NotFound', 404);
    expect(mapResourceError(e, VPN_ERRORS)).toBe(e);
  });

  it('scrubs the messages of resource-mapped errors too', () => {
    const m = mapped(mapResourceError(api('InvalidName', 400, 'bad TopSecretValue'), VPN_ERRORS));
    expect(m.message).toBe('bad ***');
    expect(m.extra.fields?.[0]?.message).toBe('bad ***');
  });
});
