import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { i18n, loadAllStrings, loadLanguage } from '../i18n';
import { appQueryClient } from './app-query-client';
import { prefetchBoot } from './boot-prefetch';
import { AppProvider } from './provider';
import { createAppRouter } from './router';
import { readSsrState } from './ssr/ssr-state';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// The rest of English (dialogs, other pages) once the first screen is up, not before it.
function loadRestLater() {
  const later = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 500));
  later(() => void loadAllStrings().catch(() => undefined), { timeout: 2000 });
}

function renderInBrowser(container: HTMLElement) {
  // The first screen's data is on its way while the strings load and React boots.
  void prefetchBoot(appQueryClient, window.location);
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
// Rendered in another language than this browser's choice (a choice made before the cookie that
// tells the server): drawn again here, in the reader's language.
if (ssr !== undefined && ssr.language === i18n.language) {
  void import('./ssr/hydrate-page').then(
    (m) => m.hydratePage(root, ssr, appQueryClient),
    () => renderInBrowser(root),
  );
} else {
  renderInBrowser(root);
}
