import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { ApiError } from './api-error';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
    mutationMeta: {
      /** Set when the caller shows the error itself (a form puts it on its fields). */
      handlesErrors?: boolean;
    };
  }
}

const MAX_RETRIES = 2;

/** Retry only what may succeed later: network failures, throttling and gateway errors. */
export function isRetryable(error: ApiError): boolean {
  return error.status === 0 || error.status === 429 || error.status === 502 || error.status === 504;
}

/** Honours `Retry-After`, else backs off 1 s, 2 s, 4 s… capped at 10 s. */
export function retryDelay(attempt: number, error: ApiError): number {
  if (error.retryAfterSeconds !== undefined) return Math.min(error.retryAfterSeconds, 10) * 1000;
  return Math.min(1000 * 2 ** attempt, 10_000);
}

export interface QueryClientHooks {
  onMutationError: (error: ApiError) => void;
  onUnauthenticated: () => void;
}

/** The app's QueryClient: one error type, retries that respect throttling, 401 → login. */
export function createQueryClient(hooks: QueryClientHooks): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (error.status === 401) hooks.onUnauthenticated();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => {
        if (error.status === 401) return hooks.onUnauthenticated();
        if (mutation.meta?.handlesErrors !== true) hooks.onMutationError(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        retry: (count, error) => count < MAX_RETRIES && isRetryable(error),
        retryDelay,
      },
      mutations: {
        // Only throttling is retried: the request never reached the API, and creates carry
        // an Idempotency-Key, so a retry can never make a second gateway.
        retry: (count, error) => count < MAX_RETRIES && error.status === 429,
        retryDelay,
      },
    },
  });
}
