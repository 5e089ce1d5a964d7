import type { AuditEntry } from '@gc/contracts';
import { currentAuditContext } from './audit-context.ts';
import type { AuditEvent, AuditRecorder } from './audit-recorder.ts';
import type { AuditStore } from './audit-store.ts';

/** Fields the seam may carry beyond `AuditEvent`; each is stored when present. */
export type StoreAuditEvent = AuditEvent &
  Partial<
    Pick<AuditEntry, 'httpStatus' | 'ip' | 'userAgent' | 'errorCode' | 'upstreamRequestId'>
  > & {
    /** The BFF's own request ID (`AuditEvent.requestId` is the upstream one). */
    bffRequestId?: string;
  };

/** Who a failed login with no username, or a request with no session, is recorded as. */
export const ANONYMOUS_USER = 'anonymous';

/** Maps one seam event to a store entry: `code` is the upstream Code, `requestId` its RequestId. */
export function eventToEntry(e: StoreAuditEvent): Parameters<AuditStore['append']>[0] {
  return {
    time: e.time,
    user: e.user || ANONYMOUS_USER,
    role: e.role,
    subject: e.subject,
    displayName: e.displayName,
    action: e.action,
    regionId: e.regionId,
    resourceId: e.resourceId,
    params: e.params ?? {},
    outcome: e.outcome,
    httpStatus: e.httpStatus,
    errorCode: e.errorCode ?? e.code,
    upstreamRequestId: e.upstreamRequestId ?? e.requestId,
    requestId: e.bffRequestId,
    clientToken: e.clientToken,
    ip: e.ip,
    userAgent: e.userAgent,
  };
}

/** Fills the request's ip, user agent and request ID from the audit context when absent. */
export function withRequestContext(e: StoreAuditEvent): StoreAuditEvent {
  const ctx = currentAuditContext();
  if (ctx === undefined) return e;
  return {
    ...e,
    ip: e.ip ?? ctx.ip,
    userAgent: e.userAgent ?? ctx.userAgent,
    bffRequestId: e.bffRequestId ?? ctx.bffRequestId,
  };
}

/**
 * The durable `AuditRecorder` for `createApp({ audit })`: `record` resolves once the entry is
 * committed, and rejects when it cannot be (the request then fails rather than go unaudited).
 */
export function createStoreRecorder(store: AuditStore): AuditRecorder {
  return {
    record: async (event: StoreAuditEvent) => {
      await store.append(eventToEntry(withRequestContext(event)));
    },
    begin: async (intent: StoreAuditEvent) => {
      const entry = eventToEntry(withRequestContext(intent));
      const saved = await store.append({ ...entry, outcome: 'pending', httpStatus: undefined });
      return async (e: StoreAuditEvent) => {
        const out = eventToEntry(e);
        await store.complete(saved.id, {
          outcome: e.outcome,
          resourceId: out.resourceId,
          httpStatus: out.httpStatus,
          errorCode: out.errorCode,
          upstreamRequestId: out.upstreamRequestId,
        });
      };
    },
  };
}
