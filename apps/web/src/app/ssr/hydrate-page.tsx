import type { QueryClient } from '@tanstack/react-query';
import { StrictMode, useEffect } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { loadAllStrings, loadLanguage } from '../../i18n';
import { replayEarlyInput, startHydrating, takeEarlyInput } from '../early-requests';
import { setHydration } from '../../lib/hydration';
import { AppProvider } from '../provider';
import { createAppRouter, resolveLazyRoutes } from '../router';
import { adoptServerData, type SsrState } from './ssr-state';

// Runs once the hydrating render has committed: time-dependent text may move on from then, and
// what was clicked or chosen while the page was not yet live is done again, now with handlers.
function HydrationDone() {
  useEffect(() => {
    setHydration(undefined);
    replayEarlyInput(takeEarlyInput(false));
    // Choices made until the browser is next idle (the rest of the page hydrating) too.
    const settle = () => replayEarlyInput(takeEarlyInput());
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(settle, { timeout: 2000 });
      return () => cancelIdleCallback(idle);
    }
    const timer = setTimeout(settle, 1000);
    return () => clearTimeout(timer);
  }, []);
  return null;
}

/**
 * A page the BFF rendered (a gateway list): its rows already show. React takes the markup over
 * with what the server used: the queries' data, the route's code and all of English (the server
 * renders with it), so its first render matches and nothing is drawn again. Its own chunk (the
 * BFF preloads it with a rendered page): pages the browser draws alone never load it.
 */
export async function hydratePage(container: HTMLElement, ssr: SsrState, client: QueryClient) {
  adoptServerData(client, ssr);
  await Promise.all([
    resolveLazyRoutes(window.location.pathname),
    loadAllStrings(),
    loadLanguage(ssr.language),
  ]);
  setHydration(ssr.renderedAt);
  startHydrating();
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
