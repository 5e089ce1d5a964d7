import {
  loginRequestSchema,
  sessionRoutes,
  signInRoutes,
  type LoginRequest,
  type Session,
  type SignInOptions,
} from '@gc/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error';
import { bffClient } from './bff-client';

export const SESSION_QUERY_KEY = ['session'] as const;

/** The current session, or null when nobody is logged in (401 is an answer here, not an error). */
export const sessionQueryOptions = queryOptions({
  queryKey: SESSION_QUERY_KEY,
  queryFn: async (): Promise<Session | null> => {
    try {
      const session = await bffClient.call(sessionRoutes.get, {});
      bffClient.setCsrfToken(session.csrfToken);
      return session;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        bffClient.setCsrfToken(undefined);
        return null;
      }
      throw error;
    }
  },
  staleTime: 60_000,
});

/** The session query; `data` is null when logged out. */
export function useSession() {
  return useQuery(sessionQueryOptions);
}

/** True for operators; auditors only read, so mutating controls are not rendered for them. */
export function useCanMutate(): boolean {
  const { data } = useSession();
  return data?.role === 'operator';
}

/**
 * Logs in, then loads the session (and its CSRF token) through the session query, so the cache
 * and the client's token are set in one place.
 */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    mutationFn: async (input: LoginRequest) => {
      const body = loginRequestSchema.parse(input);
      await bffClient.call(sessionRoutes.login, { body });
      bffClient.setCsrfToken(undefined);
      return queryClient.fetchQuery({ ...sessionQueryOptions, staleTime: 0 });
    },
  });
}

/** How users sign in here (local form, identity provider, or both): asked before login. */
export const signInOptionsQueryOptions = queryOptions({
  queryKey: ['sign-in-options'] as const,
  queryFn: (): Promise<SignInOptions> => bffClient.call(signInRoutes.options, {}),
  staleTime: 5 * 60_000,
});

/** The sign-in options query. */
export function useSignInOptions() {
  return useQuery(signInOptionsQueryOptions);
}

/**
 * Logs out and forgets every cached answer, so the next user sees none of them. A single
 * sign-on session then also leaves through the provider's logout, when it offers one, so the
 * next sign-in there asks who is signing in.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  return useEndSession(async () => {
    const session = queryClient.getQueryData<Session | null>(SESSION_QUERY_KEY);
    // Asked before the session ends: after a redirect from the provider it is not cached yet.
    const options = session?.sso
      ? await queryClient.fetchQuery(signInOptionsQueryOptions).catch(() => undefined)
      : undefined;
    await bffClient.call(sessionRoutes.logout, {});
    if (options?.oidc?.endSession) {
      window.location.assign(signInRoutes.oidcLogout.path);
    }
  });
}

/** Ends every session of this user (other browsers too), then forgets as a logout does. */
export function useSignOutEverywhere() {
  return useEndSession(() => bffClient.call(sessionRoutes.logoutEverywhere, {}));
}

function useEndSession(end: () => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: end,
    onSettled: () => {
      bffClient.setCsrfToken(undefined);
      queryClient.clear();
      queryClient.setQueryData(SESSION_QUERY_KEY, null);
    },
  });
}
