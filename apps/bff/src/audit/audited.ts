import type { Response } from 'express';
import { AuditUnavailableError, HttpError } from '../errors.ts';
import { currentSession } from '../middleware/session.ts';
import { mapUpstreamError } from '../upstream-error-map.ts';
import { withUpstreamCapture, type UpstreamCall } from './audit-context.ts';
import type { SessionClaims } from '../auth/session-token.ts';
import type { AuditEvent, AuditRecorder } from './audit-recorder.ts';
import type { StoreAuditEvent } from './store-audit-recorder.ts';

export interface AuditMeta {
  action: string;
  regionId?: string;
  resourceId?: string;
  params?: Record<string, unknown>;
  clientToken?: string;
}

/** Who did it, as the trail records it: the user and role, and the IdP identity of an SSO session. */
export function auditIdentity(
  s: SessionClaims | undefined,
): Pick<AuditEvent, 'user' | 'role' | 'subject' | 'displayName'> {
  if (s === undefined) return {};
  const sso = s.sso ? { subject: s.sso.subject, displayName: s.sso.displayName } : {};
  return { user: s.user, role: s.role, ...sso };
}

function errorFields(err: unknown): Pick<StoreAuditEvent, 'code' | 'requestId' | 'httpStatus'> {
  const e = err as { code?: unknown; requestId?: unknown; extra?: { requestId?: unknown } };
  const code = typeof e?.code === 'string' ? e.code : undefined;
  const rid = e?.requestId ?? e?.extra?.requestId;
  // The status the client is about to receive (the error handler maps the same way).
  const mapped = mapUpstreamError(err);
  const httpStatus = mapped instanceof HttpError ? mapped.status : 500;
  return { code, requestId: typeof rid === 'string' ? rid : undefined, httpStatus };
}

/** The RequestId of the operation: its last upstream mutation that returned one. */
function lastRequestId(calls: readonly UpstreamCall[]): string | undefined {
  return calls.findLast((c) => c.requestId !== undefined)?.requestId;
}

/**
 * Records the intent (write-ahead, when the recorder can), runs one mutation, and records its
 * outcome through the audit seam before the caller answers;
 * a failure is recorded and rethrown unchanged. The upstream RequestId of a success comes from
 * the client interceptor (`auditCaptureInterceptor`), the created resource's ID from the result.
 */
export async function audited<T>(
  recorder: AuditRecorder,
  res: Response,
  meta: AuditMeta,
  run: () => Promise<T>,
): Promise<T> {
  const s = currentSession(res);
  const base = { time: new Date().toISOString(), ...auditIdentity(s), ...meta };
  let finish = (event: StoreAuditEvent) => recorder.record(event);
  if (recorder.begin) {
    // Write-ahead: no intent on record, no upstream call (issue 15 H1).
    try {
      finish = await recorder.begin({ ...base, outcome: 'success' });
    } catch (err) {
      res.req.log?.error({ err }, 'audit intent not recorded; change refused');
      throw new AuditUnavailableError();
    }
  }
  const { calls, result: running } = withUpstreamCapture(run);
  let result: T;
  try {
    result = await running;
  } catch (err) {
    const event: StoreAuditEvent = { ...base, outcome: 'failure', ...errorFields(err) };
    // A failure after an upstream change (a multi-step delete) still names that change.
    event.requestId ??= lastRequestId(calls);
    await finish(event);
    throw err;
  }
  const created = result as { id?: unknown; allocationId?: unknown } | undefined;
  const newId = created?.id ?? created?.allocationId;
  const resourceId = meta.resourceId ?? (typeof newId === 'string' ? newId : undefined);
  const event: StoreAuditEvent = {
    ...base,
    resourceId,
    outcome: 'success',
    requestId: lastRequestId(calls),
  };
  // Rejects when the outcome cannot be recorded: the caller then gets no 2xx, and the pending
  // intent becomes `unknown` at the next start-up.
  await finish(event);
  return result;
}
