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
import { router } from './router';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// The first screen's data is on its way while the strings load and React boots.
prefetchBoot(appQueryClient, window.location);

// A remembered Chinese choice loads its strings first, so the first paint is already Chinese.
void loadLanguage(i18n.language).finally(() => {
  createRoot(root).render(
    <StrictMode>
      <AppProvider>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
  // The rest of English (dialogs, other pages) once the first screen is up, not before it.
  const later = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 500));
  later(() => void loadAllStrings().catch(() => undefined), { timeout: 2000 });
});
