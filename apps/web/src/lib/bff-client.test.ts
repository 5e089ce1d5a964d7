import { natGatewayPageSchema, sessionSchema } from '@gc/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from './api-error';
import { buildUrl, createBffClient } from './bff-client';

const session = { user: 'operator', role: 'operator', demo: true, csrfToken: 'tok-1' };
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
const headersOf = (init: RequestInit | undefined) => new Headers(init?.headers);

afterEach(() => vi.restoreAllMocks());

describe('bff client', () => {
  it('sends GETs without CSRF token and validates the answer', async () => {
    const fetch = vi.fn(async () => json(200, session));
    const client = createBffClient({ fetch });
    await expect(client.get('/api/session', sessionSchema)).resolves.toEqual(session);
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(headersOf(init).has('X-CSRF-Token')).toBe(false);
    expect(init.credentials).toBe('same-origin');
  });

  it('fetches the CSRF token before the first mutation and sends it with the Idempotency-Key', async () => {
    const fetch = vi
      .fn<(url: string, init?: RequestInit) => Promise<Response>>()
      .mockResolvedValueOnce(json(200, session))
      .mockResolvedValueOnce(json(201, { id: 'ngw-1' }));
    const client = createBffClient({ fetch });
    await client.request('/api/regions/cn-hangzhou/nat-gateways', z.object({ id: z.string() }), {
      method: 'POST',
      body: { name: 'gw' },
      idempotencyKey: 'key-1',
    });
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/session');
    const [url, init] = fetch.mock.calls[1] ?? [];
    expect(url).toBe('/api/regions/cn-hangzhou/nat-gateways');
    expect(headersOf(init).get('X-CSRF-Token')).toBe('tok-1');
    expect(headersOf(init).get('Idempotency-Key')).toBe('key-1');
    expect(headersOf(init).get('Content-Type')).toBe('application/json');
    expect(init?.body).toBe('{"name":"gw"}');
  });

  it('throws ApiError with the field errors of a 400', async () => {
    const body = {
      error: {
        code: 'InvalidInput',
        message: 'bad',
        requestId: 'r-1',
        fields: [{ path: 'vpcId', message: 'must be an ID starting with vpc-' }],
      },
    };
    const client = createBffClient({ fetch: async () => json(400, body) });
    client.setCsrfToken('t');
    const error = await client
      .request('/api/x', null, { method: 'POST', body: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'InvalidInput', requestId: 'r-1' });
    expect((error as ApiError).fields[0]?.path).toBe('vpcId');
  });

  it('calls onUnauthenticated on a 401 outside the session routes', async () => {
    const onUnauthenticated = vi.fn();
    const answer = { error: { code: 'Unauthenticated', message: 'log in' } };
    const client = createBffClient({ fetch: async () => json(401, answer), onUnauthenticated });
    await expect(client.get('/api/regions', z.unknown())).rejects.toMatchObject({ status: 401 });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    await expect(client.get('/api/session', z.unknown())).rejects.toMatchObject({ status: 401 });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('retries once with a fresh token after InvalidCsrfToken', async () => {
    const fetch = vi
      .fn<(url: string, init?: RequestInit) => Promise<Response>>()
      .mockResolvedValueOnce(json(403, { error: { code: 'InvalidCsrfToken', message: 'csrf' } }))
      .mockResolvedValueOnce(json(200, { ...session, csrfToken: 'tok-2' }))
      .mockResolvedValueOnce(json(204, undefined));
    const client = createBffClient({ fetch });
    client.setCsrfToken('stale');
    await client.request('/api/x/1', null, { method: 'DELETE' });
    expect(headersOf(fetch.mock.calls[2]?.[1]).get('X-CSRF-Token')).toBe('tok-2');
  });

  it('does not retry a 403 Forbidden (auditor)', async () => {
    const fetch = vi.fn(async () => json(403, { error: { code: 'Forbidden', message: 'no' } }));
    const client = createBffClient({ fetch });
    client.setCsrfToken('t');
    await expect(client.request('/api/x', null, { method: 'POST' })).rejects.toMatchObject({
      code: 'Forbidden',
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('reports an answer that breaks the contract as InvalidResponse', async () => {
    const client = createBffClient({ fetch: async () => json(200, { items: 'nope' }) });
    await expect(client.get('/api/x', natGatewayPageSchema)).rejects.toMatchObject({
      code: 'InvalidResponse',
    });
  });

  it('turns a network failure into a NetworkError', async () => {
    const client = createBffClient({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await expect(client.get('/api/x', z.unknown())).rejects.toMatchObject({
      status: 0,
      code: 'NetworkError',
    });
  });
});

describe('buildUrl', () => {
  it('leaves out empty values', () => {
    expect(buildUrl('/api/n', { page: 2, q: '', status: undefined, force: true })).toBe(
      '/api/n?page=2&force=true',
    );
    expect(buildUrl('/api/n')).toBe('/api/n');
  });
});
