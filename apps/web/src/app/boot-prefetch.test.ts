import { natGatewayRoutes } from '@gc/contracts';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { natKeys } from '../features/nat-gateways/api/nat-gateway-keys';
import { listSearchCodec } from '../lib/list-search';
import { sessionQueryOptions } from '../lib/auth';
import { prefetchBoot } from './boot-prefetch';
import { dropEarlyRequests, startEarlyRequests } from './early-requests';

afterEach(() => {
  vi.unstubAllGlobals();
  dropEarlyRequests();
  window.history.replaceState(null, '', '/');
});

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

describe('prefetchBoot after the boot script (index.html)', () => {
  const page = { items: [], total: 0, page: 1, pageSize: 100 };
  const session = { user: 'auditor', role: 'auditor', demo: true, csrfToken: 't' };
  function answerAll(): string[] {
    const urls: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      urls.push(url);
      const body = url === '/api/session' ? session : url === '/api/regions' ? { items: [] } : page;
      return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
    });
    return urls;
  }
  const boot = (url: string) => {
    window.history.replaceState(null, '', url);
    startEarlyRequests();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    prefetchBoot(client, window.location);
    return client;
  };

  it("adopts the script's requests: each is asked once, and lands under the page's keys", async () => {
    const urls = answerAll();
    const client = boot('/regions/cn-hangzhou/nat-gateways?pageSize=100&q=web');
    const view = listSearchCodec(natGatewayRoutes.list.query).parse(
      new URLSearchParams('pageSize=100&q=web'),
    );
    await vi.waitFor(() =>
      expect(client.getQueryData(natKeys.list('cn-hangzhou', view))).toEqual(page),
    );
    expect(client.getQueryData(sessionQueryOptions.queryKey)).toEqual(session);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(urls).toEqual([
      '/api/session',
      '/api/regions',
      '/api/regions/cn-hangzhou/nat-gateways?pageSize=100&q=web',
    ]);
  });

  it('asks again when the page reads the URL differently from the BFF (a page size it corrects)', async () => {
    const urls = answerAll();
    boot('/regions/cn-hangzhou/nat-gateways?pageSize=7');
    await vi.waitFor(() => expect(urls).toHaveLength(4));
    expect(urls[3]).toMatch(/^\/api\/regions\/cn-hangzhou\/nat-gateways\?/);
    expect(urls[3]).not.toContain('pageSize=7');
  });
});
