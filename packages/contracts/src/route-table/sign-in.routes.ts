import { signInOptionsSchema } from '../sign-in.ts';
import { defineRoute } from './define-route.ts';

/**
 * Single sign-on (OIDC authorization code flow with PKCE). The login, callback and logout routes
 * answer browser redirects, not JSON: the browser navigates to them.
 */
export const signInRoutes = {
  options: defineRoute({
    method: 'get',
    path: '/api/auth/options',
    summary: 'How users sign in: the local form, the identity provider, or both',
    response: signInOptionsSchema,
    access: 'public',
  }),
  oidcLogin: defineRoute({
    method: 'get',
    path: '/api/auth/oidc/login',
    summary: 'Sign in with the identity provider: redirects there (state, nonce, PKCE)',
    access: 'public',
  }),
  oidcCallback: defineRoute({
    method: 'get',
    path: '/api/auth/oidc/callback',
    summary: "The identity provider's redirect back: starts the session, then redirects to /",
    access: 'public',
  }),
  oidcLogout: defineRoute({
    method: 'get',
    path: '/api/auth/oidc/logout',
    summary: "After logging out here: redirects to the provider's end-session page",
    access: 'public',
  }),
};
