import { natGatewayRoutes } from '@gc/contracts';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { natKeys } from '../features/nat-gateways/api/nat-gateway-keys';
import { listSearchCodec } from '../lib/list-search';
import { prefetchBoot } from './boot-prefetch';

afterEach(() => vi.unstubAllGlobals());

function recordFetches(): string[] {
  const urls: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    urls.push(url);
    return Promise.resolve(new Response('{}', { status: 401 }));
  });
  return urls;
}

describe('prefetchBoot', () => {
  it('asks for the session, the regions and the list of a list URL at once, under its key', async () => {
    const urls = recordFetches();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    prefetchBoot(client, { pathname: '/regions/cn-hangzhou/nat-gateways', search: '?q=web' });
    expect(urls).toEqual(['/api/session', '/api/regions']);
    await vi.waitFor(() => expect(urls).toHaveLength(3));
    expect(urls[2]).toMatch(/^\/api\/regions\/cn-hangzhou\/nat-gateways\?(.+&)?q=web(&|$)/);
    // The page reads the same view from the same URL: the prefetch lands under its key.
    const view = listSearchCodec(natGatewayRoutes.list.query).parse(new URLSearchParams('q=web'));
    expect(client.getQueryState(natKeys.list('cn-hangzhou', view))).toBeDefined();
  });

  it('asks for nothing on the login page, and no list elsewhere', async () => {
    const urls = recordFetches();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    prefetchBoot(client, { pathname: '/login', search: '' });
    prefetchBoot(client, { pathname: '/regions/cn-hangzhou/nat-gateways/ngw-1', search: '' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(urls).toEqual(['/api/session', '/api/regions']);
  });
});
