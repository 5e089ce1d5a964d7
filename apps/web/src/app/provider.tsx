import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { i18n as appI18n } from '../i18n';
import { appQueryClient } from './app-query-client';
import { LazyNotifications } from './lazy-notifications';
import { cssVariablesResolver, theme } from './theme';

/** Everything the pages rely on: theme, i18n, data cache and notifications. */
export function AppProvider({
  children,
  queryClient = appQueryClient,
  i18n = appI18n,
}: {
  children: ReactNode;
  queryClient?: QueryClient;
  /** The server renders each page with its own language (a clone of the app's instance). */
  i18n?: I18n;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        // Follows the system setting until the user picks one with the top bar's switch.
        defaultColorScheme="auto"
      >
        <LazyNotifications />
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
