import { z } from 'zod';
import { msg } from './validation-messages.ts';
import { pageOf, pageQuerySchema, regionIdSchema } from './common.ts';
import { roleSchema } from './session.ts';

/**
 * `pending`: the intent is recorded (before the upstream call) and no outcome yet; `unknown`: the
 * BFF stopped before recording one (reconciled at start-up; the ClientToken makes a retry safe).
 */
export const auditOutcomeSchema = z.enum(['success', 'failure', 'pending', 'unknown']);
/** How an audited action ended: success, failure, pending (intent recorded) or unknown. */
export type AuditOutcome = z.infer<typeof auditOutcomeSchema>;

/** Parameters are a JSON object; the BFF redacts secrets and pre-shared keys before storing. */
export const auditParamsSchema = z.record(z.string(), z.unknown());

/** One audit trail entry: who did what to which resource, when, and how it ended (issue 7). */
export const auditEntrySchema = z.object({
  id: z.string(),
  /** ISO 8601 in UTC with milliseconds (`2026-11-22T08:00:00.000Z`). */
  time: z.string(),
  /** The session's user; for a failed login, the username that was tried. */
  user: z.string(),
  /** Absent when nobody is logged in (a failed login). */
  role: roleSchema.optional(),
  /** Single sign-on: the identity provider's subject (`sub`), stable where the user name is not. */
  subject: z.string().optional(),
  /** Single sign-on: the name the identity provider gives (`name`), as shown in the console. */
  displayName: z.string().optional(),
  /** The VPC API action (`CreateNatGateway`, `DeleteSnatEntry`, …), or `Login` / `Logout`. */
  action: z.string(),
  regionId: z.string().optional(),
  resourceId: z.string().optional(),
  params: auditParamsSchema,
  outcome: auditOutcomeSchema,
  httpStatus: z.number().int().optional(),
  /** The upstream `Code` (or the BFF's error code) of a failure. */
  errorCode: z.string().optional(),
  /** The upstream `RequestId`, the one Alibaba support asks for. */
  upstreamRequestId: z.string().optional(),
  /** The BFF's own request ID (`X-Request-Id`). */
  requestId: z.string().optional(),
  /** The `ClientToken` sent upstream, derived from the `Idempotency-Key`. */
  clientToken: z.string().optional(),
  ip: z.string().optional(),
  userAgent: z.string().optional(),
  /** When the outcome was recorded (the entry's `time` is when the intent was). */
  completedAt: z.string().optional(),
  /** How a crashed intent's outcome was settled (`reconciled at start-up: resource found`). */
  note: z.string().optional(),
});
/** One entry of the audit trail, as the BFF returns it. */
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** An ISO 8601 instant with an offset, normalised to UTC with milliseconds. */
const instantSchema = z.iso
  .datetime({ offset: true, message: msg('isoTime') })
  .transform((s) => new Date(s).toISOString());

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, msg('maxChars', { n: max }))
    .optional()
    .transform((s) => (s === '' ? undefined : s));

/** Filter fields shared by the audit list and its exports; `from` is inclusive, `to` exclusive. */
const auditFilterShape = {
  user: optionalText(256),
  /** Exact action, or a prefix when it ends with `*` (`nat-gateway.*`). */
  action: optionalText(128),
  resourceId: optionalText(128),
  regionId: regionIdSchema.optional(),
  from: instantSchema.optional(),
  to: instantSchema.optional(),
  outcome: auditOutcomeSchema.optional(),
  /** Free text, matched case-insensitively against the user, action, IDs and parameters. */
  q: optionalText(128),
};

const rangeInOrder = <T extends { from?: string; to?: string }>(f: T) =>
  f.from === undefined || f.to === undefined || f.from <= f.to;
const rangeError = { message: msg('notBeforeFrom'), path: ['to'] };

/** The audit trail's filters (user, action, resource, region, outcome, time range, text). */
export const auditFilterSchema = z.object(auditFilterShape).refine(rangeInOrder, rangeError);
/** The audit trail's filters. */
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** `GET /api/audit` query: the filters plus `page` and `pageSize`; newest entries first. */
export const auditListQuerySchema = pageQuerySchema
  .extend(auditFilterShape)
  .refine(rangeInOrder, rangeError);
/** `GET /api/audit` query: filters plus paging. */
export type AuditListQuery = z.infer<typeof auditListQuerySchema>;

/** One page of audit entries with the total. */
export const auditPageSchema = pageOf(auditEntrySchema);
/** One page of audit entries with the total. */
export type AuditPage = z.infer<typeof auditPageSchema>;

/** The audit export's formats. */
export const auditExportFormatSchema = z.enum(['csv', 'json']);
/** The audit export's formats. */
export type AuditExportFormat = z.infer<typeof auditExportFormatSchema>;

/** `GET /api/audit/export` query: the filters plus `format` (every matching entry, no paging). */
export const auditExportQuerySchema = z
  .object({ format: auditExportFormatSchema.default('csv'), ...auditFilterShape })
  .refine(rangeInOrder, rangeError);
/** `GET /api/audit/export` query: filters plus format. */
export type AuditExportQuery = z.infer<typeof auditExportQuerySchema>;
