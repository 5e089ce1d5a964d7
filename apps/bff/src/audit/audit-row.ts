import type { AuditEntry } from '@gc/contracts';

/** Entry fields and their columns, in insert order (`user` is reserved in PostgreSQL). */
export const AUDIT_COLUMNS = [
  ['id', 'id'],
  ['time', 'time'],
  ['user', 'user_name'],
  ['role', 'role'],
  ['action', 'action'],
  ['regionId', 'region_id'],
  ['resourceId', 'resource_id'],
  ['params', 'params'],
  ['outcome', 'outcome'],
  ['httpStatus', 'http_status'],
  ['errorCode', 'error_code'],
  ['upstreamRequestId', 'upstream_request_id'],
  ['requestId', 'request_id'],
  ['clientToken', 'client_token'],
  ['ip', 'ip'],
  ['userAgent', 'user_agent'],
  ['completedAt', 'completed_at'],
  ['note', 'note'],
  ['subject', 'sso_subject'],
  ['displayName', 'sso_display_name'],
] as const satisfies readonly (readonly [keyof AuditEntry, string])[];

export const COLUMN_LIST = AUDIT_COLUMNS.map(([, c]) => c).join(', ');

/** A stored row: the columns above plus `seq`, the insertion order that breaks time ties. */
export type AuditRow = Record<string, unknown> & { seq: number | string };

/** The values to insert for an entry, in `AUDIT_COLUMNS` order (absent fields become NULL). */
export function entryValues(entry: AuditEntry): unknown[] {
  return AUDIT_COLUMNS.map(([field]) =>
    field === 'params' ? JSON.stringify(entry.params) : (entry[field] ?? null),
  );
}

/** Turns a stored row back into an entry; NULL columns become absent fields. */
export function rowToEntry(row: AuditRow): AuditEntry {
  const out: Record<string, unknown> = {};
  for (const [field, column] of AUDIT_COLUMNS) {
    const v = row[column];
    if (v === null || v === undefined) continue;
    if (field === 'params') out.params = typeof v === 'string' ? JSON.parse(v) : v;
    else if ((field === 'time' || field === 'completedAt') && v instanceof Date)
      out[field] = v.toISOString();
    else if (field === 'time') out.time = v instanceof Date ? v.toISOString() : String(v);
    else out[field] = v;
  }
  return out as AuditEntry;
}
