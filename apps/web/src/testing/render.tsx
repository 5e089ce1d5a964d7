import type { Session } from '@gc/contracts';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { i18n } from '../i18n';
import { SESSION_QUERY_KEY } from '../lib/auth';

interface RenderOptions {
  session?: Session | null;
  path?: string;
  route?: string;
  /** Other pages the UI may navigate to (e.g. `/login`), rendered as their path. */
  otherPaths?: string[];
}

export const OPERATOR: Session = { user: 'operator', role: 'operator', demo: true, csrfToken: 'c' };
export const AUDITOR: Session = { user: 'auditor', role: 'auditor', demo: true, csrfToken: 'c' };

/** Renders a component with the app's providers, a memory router and a seeded session. */
export function renderWithApp(ui: ReactElement, options: RenderOptions = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
  queryClient.setQueryData(
    SESSION_QUERY_KEY,
    options.session === undefined ? OPERATOR : options.session,
  );
  const others = (options.otherPaths ?? []).map((path) => ({ path, element: <p>{path}</p> }));
  const router = createMemoryRouter([...others, { path: options.route ?? '*', element: ui }], {
    initialEntries: [options.path ?? '/'],
  });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
  return { ...result, queryClient, router };
}
