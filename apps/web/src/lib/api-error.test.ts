import { describe, expect, it } from 'vitest';
import { ApiError, CLIENT_ERROR_CODES, parseApiError, toApiError } from './api-error';

describe('parseApiError', () => {
  it('reads code, message, requestId and fields from the contract body', () => {
    const body = JSON.stringify({
      error: {
        code: 'InvalidInput',
        message: 'name is invalid',
        requestId: 'req-1',
        fields: [{ path: 'name', message: 'must be at least 2 characters' }],
      },
    });
    const error = parseApiError(400, body, 'header-id');
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'InvalidInput', requestId: 'req-1' });
    expect(error.message).toBe('name is invalid');
    expect(error.fields).toEqual([{ path: 'name', message: 'must be at least 2 characters' }]);
  });

  it('falls back to the X-Request-Id header and reads Retry-After', () => {
    const body = JSON.stringify({ error: { code: 'Throttling.User', message: 'slow down' } });
    const error = parseApiError(429, body, 'hdr-9', '3');
    expect(error.requestId).toBe('hdr-9');
    expect(error.retryAfterSeconds).toBe(3);
  });

  it('turns a non-contract body (a proxy page) into an HttpError', () => {
    const error = parseApiError(502, '<html>Bad gateway</html>');
    expect(error).toMatchObject({ status: 502, code: CLIENT_ERROR_CODES.http, fields: [] });
    expect(error.retryAfterSeconds).toBeUndefined();
  });

  it('wraps anything thrown as a NetworkError', () => {
    const error = toApiError(new TypeError('Failed to fetch'));
    expect(error).toMatchObject({ status: 0, code: CLIENT_ERROR_CODES.network });
  });
});
