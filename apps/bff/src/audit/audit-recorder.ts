import type { Role } from '@gc/contracts';

/** One auditable event (issue 7 stores these; here they only pass through the seam). */
export interface AuditEvent {
  time: string;
  user?: string;
  role?: Role;
  action: string;
  regionId?: string;
  resourceId?: string;
  /** Request parameters; the recorder must redact secrets before storing. */
  params?: Record<string, unknown>;
  outcome: 'success' | 'failure';
  code?: string;
  requestId?: string;
  clientToken?: string;
}

/**
 * The seam for the audit trail: every mutation, login, logout and failed login calls `record`
 * and awaits it before the response is sent, so a durable recorder can commit first.
 */
export interface AuditRecorder {
  record(event: AuditEvent): Promise<void>;
}

/** Records nothing: the default until the audit trail (issue 7) lands. */
export const noopAuditRecorder: AuditRecorder = { record: async () => undefined };
