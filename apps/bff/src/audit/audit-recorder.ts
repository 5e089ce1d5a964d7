import type { Role } from '@gc/contracts';

/** One auditable event, as routes hand it to the audit seam (the store adds its own fields). */
export interface AuditEvent {
  time: string;
  user?: string;
  role?: Role;
  /** Single sign-on: the identity provider's subject and display name. */
  subject?: string;
  displayName?: string;
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
  /**
   * Write-ahead (issue 15 H1): durably records the intent (`outcome` ignored, stored as
   * `pending`) before the upstream call and resolves with the function that records its outcome.
   * Rejects when the intent cannot be recorded: the caller must then not call upstream. A
   * recorder without it (in-memory test sinks) gets its outcome through `record` only.
   */
  begin?(intent: AuditEvent): Promise<(outcome: AuditEvent) => Promise<void>>;
}

/** Records nothing: the default when the app is built without an audit store (tests, tools). */
export const noopAuditRecorder: AuditRecorder = { record: async () => undefined };
