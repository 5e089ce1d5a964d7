import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { i18n, loadAllStrings, loadLanguage } from '../i18n';
import { appQueryClient } from './app-query-client';
import { prefetchBoot } from './boot-prefetch';
import { takeEarlyInput } from './early-requests';
import { AppProvider } from './provider';
import { createAppRouter } from './router';
import { adoptServerData, readSsrState } from './ssr/ssr-state';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// The rest of English (dialogs, other pages) once the first screen is up, not before it.
function loadRestLater() {
  const later = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 500));
  later(() => void loadAllStrings().catch(() => undefined), { timeout: 2000 });
}

function renderInBrowser(container: HTMLElement, prefetch = true) {
  // The first screen's data is on its way while the strings load and React boots.
  if (prefetch) void prefetchBoot(appQueryClient, window.location);
  // A remembered Chinese choice loads its strings first, so the first paint is already Chinese.
  void loadLanguage(i18n.language).finally(() => {
    createRoot(container).render(
      <StrictMode>
        <AppProvider>
          <RouterProvider router={createAppRouter()} />
        </AppProvider>
      </StrictMode>,
    );
    loadRestLater();
  });
}

const ssr = readSsrState();
const html = document.documentElement;
if (ssr === undefined) {
  renderInBrowser(root);
} else if (ssr.language === i18n.language && !html.hasAttribute('data-gc-relang')) {
  void import('./ssr/hydrate-page').then(
    (m) => m.hydratePage(root, ssr, appQueryClient),
    () => renderInBrowser(root),
  );
} else {
  // Rendered in another language than this browser's choice (made before the cookie that tells
  // the server; the boot script hid it): drawn again here in the reader's language, with the
  // data the server read, and nothing the page kept for hydration.
  adoptServerData(appQueryClient, ssr);
  takeEarlyInput();
  root.replaceChildren();
  html.removeAttribute('data-gc-relang');
  renderInBrowser(root, false);
}
