import { z } from 'zod';

/** One invalid field: `path` is dotted (`tags.0.key`), so a form can put the message on its field. */
export const fieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
  /** Stable message key the SPA translates as `validation.<key>`; absent in older bodies. */
  key: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
/** One field's problem, which the web forms show next to that field. */
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** The single error body every BFF route answers with (4xx and 5xx alike). */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string().optional(),
    fields: z.array(fieldErrorSchema).optional(),
  }),
});
/** The parsed error body, which the web client turns into an `ApiError`. */
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Codes the BFF itself produces; upstream VPC codes (e.g. `IncorrectStatus.NatGateway`) pass through as they are. */
export const BFF_ERROR_CODES = {
  invalidInput: 'InvalidInput',
  unauthenticated: 'Unauthenticated',
  invalidCredentials: 'InvalidCredentials',
  forbidden: 'Forbidden',
  csrf: 'InvalidCsrfToken',
  notFound: 'NotFound',
  conflict: 'Conflict',
  tooManyRequests: 'TooManyRequests',
  payloadTooLarge: 'PayloadTooLarge',
  idempotencyKeyRequired: 'IdempotencyKeyRequired',
  upstreamUnavailable: 'UpstreamUnavailable',
  upstreamTimeout: 'UpstreamTimeout',
  usersUnavailable: 'UsersUnavailable',
  internal: 'InternalError',
} as const;
