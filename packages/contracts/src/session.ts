import { z } from 'zod';
import { msg } from './validation-messages.ts';

/** Operators may change resources; auditors only read (the BFF session middleware enforces it). */
export const roleSchema = z.enum(['operator', 'auditor']);
/** A user's role, carried in the session and in audit entries. */
export type Role = z.infer<typeof roleSchema>;

/** `POST /api/session` body; both fields are capped so oversized input is refused early. */
export const loginRequestSchema = z.object({
  username: z
    .string()
    .trim()
    .min(1, msg('required'))
    .max(64, msg('maxChars', { n: 64 })),
  password: z
    .string()
    .min(1, msg('required'))
    .max(256, msg('maxChars', { n: 256 })),
});
/** The credentials the login form sends. */
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** What `GET /api/session` answers: the CSRF token goes in `X-CSRF-Token` on every mutation. */
export const sessionSchema = z.object({
  user: z.string(),
  role: roleSchema,
  demo: z.boolean(),
  csrfToken: z.string(),
  /** Present when signed in through the identity provider (OIDC): its subject and the name it gives. */
  sso: z.object({ subject: z.string(), displayName: z.string() }).optional(),
});
/** The signed-in user as the web app holds it, CSRF token included. */
export type Session = z.infer<typeof sessionSchema>;

/** `GET /api/health`: liveness only, answered without calling the VPC API. */
export const healthSchema = z.object({ status: z.literal('ok') });
/**
 * `GET /api/ready`: whether the VPC API answers (a probe cached for a few seconds), with its
 * latency or the upstream error code, and why the users file is unusable when it is.
 */
export const readySchema = z.object({
  status: z.enum(['ready', 'unavailable']),
  upstream: z.object({
    /** The VPC endpoint for a signed-in caller; empty for an anonymous one. */
    endpoint: z.string(),
    latencyMs: z.number().optional(),
    code: z.string().optional(),
  }),
  /** Present when the users file can't be read: the reason, with no path, name or hash. */
  users: z.object({ reason: z.string() }).optional(),
  /** The shared store (sessions, trail, jobs): which database, and whether it answers. */
  store: z.object({ kind: z.enum(['sqlite', 'postgres']), ok: z.boolean() }).optional(),
  /** The cross-instance relay (PostgreSQL only): listening now, and reconnects so far. */
  relay: z.object({ connected: z.boolean(), reconnects: z.number() }).optional(),
});
/** A readiness answer; `unavailable` comes with the upstream `code` that failed the probe. */
export type Ready = z.infer<typeof readySchema>;

/** The account's API rate budget as the BFF sees it now (issue 20). */
export const upstreamRateSchema = z.object({
  /** False when no budget is configured (the demo): nothing ever waits. */
  limited: z.boolean(),
  /** Upstream calls waiting for their turn right now. */
  waiting: z.number().int().nonnegative(),
  /** The configured calls per second per region and action, and the slowest bucket now. */
  callsPerSecond: z.number().nonnegative(),
  slowestCallsPerSecond: z.number().nonnegative(),
  /** Buckets slowed down by `Throttling` answers and not yet recovered. */
  slowedBuckets: z.number().int().nonnegative(),
});
/** What `GET /api/upstream-rate` answers. */
export type UpstreamRate = z.infer<typeof upstreamRateSchema>;
