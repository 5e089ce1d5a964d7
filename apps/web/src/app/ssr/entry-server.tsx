// Server rendering of the first screen of a gateway list (issue 17: first rows ≤ 300 ms). The BFF
// imports this build (`dist/.ssr/entry-server.js`) and calls `renderPage` for a list URL; the
// browser then hydrates the markup (main.tsx). Only the lists are rendered here: they are what a
// large account waits for, and their data is in the BFF's region index.
import type { ServerRenderedPage, ServerRenderRequest } from '@gc/contracts';
import { dehydrate, QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { detectLanguage, i18n, loadAllStrings, loadLanguage } from '../../i18n';
import { bffClient } from '../../lib/bff-client';
import { setDisplayTimeZone } from '../../lib/format';
import { setHydration } from '../../lib/hydration';
import { prefetchBoot } from '../boot-prefetch';
import { AppProvider } from '../provider';
import { appRoutes } from '../router';
import type { SsrState } from './ssr-state';

export type { SsrState } from './ssr-state';
export { SSR_STATE_ID } from './ssr-state';

/** A page request as the BFF hands it over. */
export type SsrRequest = ServerRenderRequest;

/** A rendered page: the markup of `#root` and the state its hydration starts from. */
export type SsrPage = ServerRenderedPage<SsrState>;

const LIST_PAGE = /^\/regions\/[^/]+\/(nat|vpn|ipv6)-gateways\/?$/;

/** True for the paths the server renders: the three gateway lists. */
export const isServerRendered = (pathname: string): boolean => LIST_PAGE.test(pathname);

/** Resolves once no query of `client` is fetching. */
function settled(client: QueryClient): Promise<void> {
  if (client.isFetching() === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = client.getQueryCache().subscribe(() => {
      if (client.isFetching() > 0) return;
      stop();
      resolve();
    });
  });
}

/**
 * Renders a gateway list page as the browser would after its data arrived, from the same routes,
 * queries and components. Undefined (the browser renders it alone) for other paths, a logged-out
 * reader, or any first-screen read that failed: those pages show an error or a redirect, which
 * the browser does as well as the server.
 */
export async function renderPage(request: SsrRequest): Promise<SsrPage | undefined> {
  const { pathname, search } = request;
  if (!isServerRendered(pathname)) return undefined;
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // The same boot prefetch as the browser's, answered by the BFF instead of the network.
  await prefetchBoot(client, { pathname, search }, (url) => request.get(url));
  await settled(client);
  bffClient.setCsrfToken(undefined); // the session query set this reader's token: not kept here
  const queries = client.getQueryCache().getAll();
  if (queries.length < 3 || queries.some((q) => q.state.status !== 'success')) return undefined;
  if (client.getQueryData(['session']) === null) return undefined;

  const handler = staticHandler();
  const context = await handler.query(new Request(new URL(pathname + search, 'http://gc.local')));
  if (context instanceof Response) return undefined;
  const router = createStaticRouter(handler.dataRoutes, context);
  const language = detectLanguage(request.language ?? null, request.acceptLanguages);
  // The browser loads all of English before hydrating a rendered page: the same strings here.
  await Promise.all([loadAllStrings(), loadLanguage(language)]);
  const pageI18n = i18nFor(language);
  // One render at a time: the zone and clock below are module state the formatters read.
  return oneAtATime(async () => {
    const renderedAt = Date.now();
    setDisplayTimeZone(request.timeZone);
    setHydration(renderedAt);
    try {
      // `prerender` waits for lazy parts (menus, notifications): the markup is the whole page.
      const { prelude } = await prerender(
        <StrictMode>
          <AppProvider queryClient={client} i18n={pageI18n}>
            <StaticRouterProvider router={router} context={context} hydrate={false} />
          </AppProvider>
        </StrictMode>,
      );
      const html = await new Response(prelude).text();
      return { html, state: { queries: dehydrate(client), renderedAt, language } };
    } finally {
      setDisplayTimeZone(undefined);
      setHydration(undefined);
    }
  });
}

// Built once: the routes are the same for every page, and a clone per language shares the
// strings (the store) of the app's instance.
let handler: ReturnType<typeof createStaticHandler> | undefined;
const staticHandler = () => (handler ??= createStaticHandler(appRoutes));
const clones = new Map<string, typeof i18n>();
function i18nFor(language: string): typeof i18n {
  let clone = clones.get(language);
  if (clone === undefined) {
    clone = i18n.cloneInstance({ lng: language });
    clones.set(language, clone);
  }
  return clone;
}

let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(run: () => Promise<T>): Promise<T> {
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
