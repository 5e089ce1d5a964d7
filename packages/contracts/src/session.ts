import { z } from 'zod';

export const roleSchema = z.enum(['operator', 'auditor']);
export type Role = z.infer<typeof roleSchema>;

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1, 'is required').max(64, 'must be at most 64 characters'),
  password: z.string().min(1, 'is required').max(256, 'must be at most 256 characters'),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** What `GET /api/session` answers: the CSRF token goes in `X-CSRF-Token` on every mutation. */
export const sessionSchema = z.object({
  user: z.string(),
  role: roleSchema,
  demo: z.boolean(),
  csrfToken: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

export const healthSchema = z.object({ status: z.literal('ok') });
export const readySchema = z.object({
  status: z.enum(['ready', 'unavailable']),
  upstream: z.object({
    endpoint: z.string(),
    latencyMs: z.number().optional(),
    code: z.string().optional(),
  }),
});
export type Ready = z.infer<typeof readySchema>;
