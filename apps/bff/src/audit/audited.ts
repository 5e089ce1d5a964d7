import type { Response } from 'express';
import type { AuditEvent, AuditRecorder } from './audit-recorder.ts';
import { currentSession } from '../middleware/session.ts';

export interface AuditMeta {
  action: string;
  regionId?: string;
  resourceId?: string;
  params?: Record<string, unknown>;
  clientToken?: string;
}

function errorFields(err: unknown): Pick<AuditEvent, 'code' | 'requestId'> {
  const e = err as { code?: unknown; requestId?: unknown; extra?: { requestId?: unknown } };
  const code = typeof e?.code === 'string' ? e.code : undefined;
  const rid = e?.requestId ?? e?.extra?.requestId;
  return { code, requestId: typeof rid === 'string' ? rid : undefined };
}

/**
 * Runs one mutation and records its outcome through the audit seam before the caller answers;
 * a failure is recorded and rethrown unchanged.
 */
export async function audited<T>(
  recorder: AuditRecorder,
  res: Response,
  meta: AuditMeta,
  run: () => Promise<T>,
): Promise<T> {
  const s = currentSession(res);
  const base = { time: new Date().toISOString(), user: s?.user, role: s?.role, ...meta };
  let result: T;
  try {
    result = await run();
  } catch (err) {
    await recorder.record({ ...base, outcome: 'failure', ...errorFields(err) });
    throw err;
  }
  const created = result as { id?: unknown; allocationId?: unknown } | undefined;
  const newId = created?.id ?? created?.allocationId;
  const resourceId = meta.resourceId ?? (typeof newId === 'string' ? newId : undefined);
  await recorder.record({ ...base, resourceId, outcome: 'success' });
  return result;
}
