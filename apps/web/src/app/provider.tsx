import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { notifyError } from '../components/ui/notify-error';
import { i18n } from '../i18n';
import { SESSION_QUERY_KEY } from '../lib/auth';
import { createQueryClient } from '../lib/query-client';
import { LazyNotifications } from './lazy-notifications';
import { cssVariablesResolver, theme } from './theme';

/** Everything the pages rely on: theme, i18n, data cache and notifications. */
export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => {
    const client = createQueryClient({
      onMutationError: (error) => notifyError(error, i18n.t),
      // A 401 anywhere means the session has ended: the shell then sends the user to login.
      onUnauthenticated: () => client.setQueryData(SESSION_QUERY_KEY, null),
    });
    return client;
  });
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
