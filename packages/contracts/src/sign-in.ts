import { z } from 'zod';

/**
 * `GET /api/auth/options`: how users sign in here, so the login page shows the right controls
 * before anyone is signed in.
 */
export const signInOptionsSchema = z.object({
  /** False when `LOCAL_LOGIN=off`: only the identity provider signs users in. */
  local: z.boolean(),
  /** True in demo mode with the local form on: the login page names the demo users. */
  demo: z.boolean().optional(),
  /** Present when single sign-on (OIDC) is configured. */
  oidc: z
    .object({
      /** The provider's name for the button (`OIDC_NAME`). */
      name: z.string(),
      /** The provider advertises RP-initiated logout: signing out also ends the provider's session. */
      endSession: z.boolean(),
    })
    .optional(),
});
/** The sign-in methods the login page offers. */
export type SignInOptions = z.infer<typeof signInOptionsSchema>;

/** Why a single sign-on attempt came back to the login page (`/login?sso=<reason>`). */
export const ssoFailureSchema = z.enum(['no-role', 'failed', 'unavailable']);
/** One reason of {@link ssoFailureSchema}. */
export type SsoFailure = z.infer<typeof ssoFailureSchema>;
