import { ipv6AddressRoutes, ipv6GatewayRoutes } from '@gc/contracts';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { createBffClient } from './bff-client';

const session = { user: 'operator', role: 'operator', demo: true, csrfToken: 'tok-1' };
const json = (status: number, body: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
type FetchFn = (url: string, init?: RequestInit) => Promise<Response>;

describe('bff client: call(route, input)', () => {
  it('builds the URL from the route table, encodes params and drops empty query values', async () => {
    const page = { items: [], total: 0, page: 2, pageSize: 20 };
    const fetch = vi.fn<FetchFn>().mockResolvedValue(json(200, page));
    const client = createBffClient({ fetch });
    await client.call(ipv6GatewayRoutes.list, {
      params: { regionId: 'cn hangzhou' },
      query: { page: 2, q: '' },
    });
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/regions/cn%20hangzhou/ipv6-gateways?page=2');
    expect(fetch.mock.calls[0]?.[1]?.method).toBe('GET');
  });

  it("sends the route's method with CSRF and Idempotency-Key, and returns undefined on 204", async () => {
    const fetch = vi
      .fn<FetchFn>()
      .mockResolvedValueOnce(json(200, session))
      .mockResolvedValueOnce(new Response(null, { status: 204 }));
    const client = createBffClient({ fetch });
    const out = await client.call(ipv6AddressRoutes.releaseBandwidth, {
      params: { regionId: 'cn-hangzhou', addressId: 'ipv6-1' },
      idempotencyKey: 'key-12345',
    });
    expect(out).toBeUndefined();
    const [url, init] = fetch.mock.calls[1] ?? [];
    expect(url).toBe('/api/regions/cn-hangzhou/ipv6-addresses/ipv6-1/internet-bandwidth');
    expect(init?.method).toBe('DELETE');
    const headers = new Headers(init?.headers);
    expect(headers.get('X-CSRF-Token')).toBe('tok-1');
    expect(headers.get('Idempotency-Key')).toBe('key-12345');
  });

  it("rejects an answer that does not match the route's response schema", async () => {
    const fetch = vi.fn<FetchFn>().mockResolvedValue(json(200, { id: 42 }));
    const client = createBffClient({ fetch });
    const call = client.call(ipv6GatewayRoutes.get, { params: { regionId: 'r', id: 'ipv6gw-1' } });
    await expect(call).rejects.toBeInstanceOf(ApiError);
  });
});
