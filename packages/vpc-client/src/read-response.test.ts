import { describe, expect, it } from 'vitest';
import { ACTIONS } from './action-table.ts';
import { VpcApiError } from './errors.ts';
import { readResponse } from './read-response.ts';
import { createRedactor } from './redact.ts';
import type { HttpResponse } from './transport.ts';

const redact = createRedactor(['LTAI5tGatewayConsoleDemo']);
const schema = ACTIONS.DescribeZones.response;

function read(res: Partial<HttpResponse>): unknown {
  return readResponse(
    'DescribeZones',
    { status: 200, headers: {}, body: '', ...res },
    schema,
    redact,
  );
}

function readError(res: Partial<HttpResponse>): VpcApiError {
  try {
    read(res);
  } catch (error) {
    if (error instanceof VpcApiError) return error;
    throw error;
  }
  throw new Error('expected a VpcApiError');
}

describe('readResponse: error envelopes (REFERENCE §2.3)', () => {
  it('reads an XML <Error> envelope', () => {
    const error = readError({
      status: 404,
      body: `<?xml version="1.0" encoding="UTF-8"?><Error><RequestId>7B3E-1</RequestId><HostId>vpc.aliyuncs.com</HostId><Code>InvalidRegionId.NotFound</Code><Message>The specified RegionId does not exist in our records.</Message><Recommend>https://api.aliyun.com/troubleshoot?q=InvalidRegionId.NotFound</Recommend></Error>`,
    });
    expect(error).toMatchObject({
      name: 'VpcApiError',
      action: 'DescribeZones',
      code: 'InvalidRegionId.NotFound',
      message: 'The specified RegionId does not exist in our records.',
      requestId: '7B3E-1',
      hostId: 'vpc.aliyuncs.com',
      recommend: 'https://api.aliyun.com/troubleshoot?q=InvalidRegionId.NotFound',
      httpStatus: 404,
      retryable: false,
    });
  });

  it('reads a JSON envelope, with x-acs-retry-after on throttling', () => {
    const error = readError({
      status: 400,
      headers: { 'x-acs-retry-after': '2' },
      body: JSON.stringify({
        Code: 'Throttling.User',
        Message: 'Request was denied due to user flow control.',
        RequestId: 'J-1',
        HostId: 'vpc.aliyuncs.com',
      }),
    });
    expect(error).toMatchObject({
      code: 'Throttling.User',
      httpStatus: 400,
      retryable: true,
      retryAfterSeconds: 2,
      requestId: 'J-1',
    });
  });

  it('treats an <Error> root as an error even with status 200', () => {
    expect(readError({ body: '<Error><Code>InternalError</Code></Error>' }).code).toBe(
      'InternalError',
    );
  });

  it('redacts the AccessKeyId echoed by SignatureDoesNotMatch', () => {
    const error = readError({
      status: 400,
      body: JSON.stringify({
        Code: 'SignatureDoesNotMatch',
        Message:
          'Specified signature is not matched with our calculation. server string to sign is:GET&%2F&AccessKeyId%3DLTAI5tGatewayConsoleDemo%26Action%3DDescribeZones',
      }),
    });
    expect(error.message).not.toContain('LTAI5tGatewayConsoleDemo');
    expect(error.message).toContain('AccessKeyId%3D[REDACTED]');
  });

  it('gives a clear error for an HTML 502 page, with the request id header', () => {
    const error = readError({
      status: 502,
      headers: { 'content-type': 'text/html', 'x-acs-request-id': 'H-1' },
      body: '<html>\n<head><title>502 Bad Gateway</title></head><body>nginx</body></html>',
    });
    expect(error).toMatchObject({
      code: 'UnexpectedResponse',
      httpStatus: 502,
      retryable: true,
      requestId: 'H-1',
    });
    expect(error.message).toBe(
      'DescribeZones: HTTP 502 without an API error body (text/html, 75 bytes): <html> <head><title>502 Bad Gateway</title></head><body>nginx</body></html>',
    );
  });

  it('gives a clear error for a plain-text 4xx', () => {
    const error = readError({ status: 403, body: 'Forbidden' });
    expect(error).toMatchObject({ code: 'UnexpectedResponse', retryable: false });
    expect(error.message).toContain(
      'HTTP 403 without an API error body (no content-type, 9 bytes)',
    );
  });
});

describe('readResponse: success bodies', () => {
  it('decodes a 200 body by the action schema', () => {
    expect(
      read({
        body: '<DescribeZonesResponse><RequestId>R</RequestId><Zones/></DescribeZonesResponse>',
      }),
    ).toEqual({ RequestId: 'R', Zones: { Zone: [] } });
  });

  it('rejects a 200 body that is not an API answer', () => {
    const error = readError({ body: 'OK' });
    expect(error).toMatchObject({ code: 'InvalidResponse', httpStatus: 200, retryable: false });
    expect(readError({ body: '<html><body>login</body></html>' }).code).toBe('InvalidResponse');
  });

  it('names the field of a 200 body that breaks the schema', () => {
    const error = readError({ body: JSON.stringify({ RequestId: 'R', Zones: { Zone: [{}] } }) });
    expect(error.message).toBe(
      'DescribeZones: the answer does not match the DescribeZones schema: Zones.Zone[0].ZoneId: required field is missing',
    );
  });
});
