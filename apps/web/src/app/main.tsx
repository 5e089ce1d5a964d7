import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import { hydrate, type QueryClient } from '@tanstack/react-query';
import { StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { i18n, loadAllStrings, loadLanguage } from '../i18n';
import type { Session } from '@gc/contracts';
import { SESSION_QUERY_KEY } from '../lib/auth';
import { bffClient } from '../lib/bff-client';
import { setHydration } from '../lib/hydration';
import { appQueryClient } from './app-query-client';
import { prefetchBoot } from './boot-prefetch';
import { AppProvider } from './provider';
import { createAppRouter, resolveLazyRoutes } from './router';
import { readSsrState, type SsrState } from './ssr/ssr-state';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// The rest of English (dialogs, other pages) once the first screen is up, not before it.
function loadRestLater() {
  const later = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 500));
  later(() => void loadAllStrings().catch(() => undefined), { timeout: 2000 });
}

// Runs once the hydrating render has committed: time-dependent text may move on from then.
function HydrationDone() {
  useEffect(() => setHydration(undefined), []);
  return null;
}

/**
 * A page the BFF rendered (a gateway list): its rows already show. React takes the markup over
 * with what the server used: the queries' data, the route's code and all of English (the server
 * renders with it), so its first render matches and nothing is drawn again.
 */
async function hydratePage(container: HTMLElement, ssr: SsrState, client: QueryClient) {
  hydrate(client, ssr.queries);
  const session = client.getQueryData<Session | null>(SESSION_QUERY_KEY);
  bffClient.setCsrfToken(session?.csrfToken);
  await Promise.all([
    resolveLazyRoutes(window.location.pathname),
    loadAllStrings(),
    loadLanguage(ssr.language),
  ]);
  setHydration(ssr.renderedAt);
  hydrateRoot(
    container,
    <StrictMode>
      <AppProvider queryClient={client}>
        <RouterProvider router={createAppRouter()} />
        <HydrationDone />
      </AppProvider>
    </StrictMode>,
  );
}

const ssr = readSsrState();
// Rendered in another language than this browser's choice (a choice made before the cookie that
// tells the server): drawn again here, in the reader's language.
if (ssr !== undefined && ssr.language === i18n.language) {
  void hydratePage(root, ssr, appQueryClient);
} else {
  // The first screen's data is on its way while the strings load and React boots.
  void prefetchBoot(appQueryClient, window.location);
  // A remembered Chinese choice loads its strings first, so the first paint is already Chinese.
  void loadLanguage(i18n.language).finally(() => {
    createRoot(root).render(
      <StrictMode>
        <AppProvider>
          <RouterProvider router={createAppRouter()} />
        </AppProvider>
      </StrictMode>,
    );
    loadRestLater();
  });
}
