import { randomUUID } from 'node:crypto';
import { auditEntrySchema, type AuditEntry } from '@gc/contracts';
import { z } from 'zod';
import type { NewAuditEntry } from './audit-store.ts';
import { redactParams } from './redact-params.ts';

const newEntrySchema = auditEntrySchema.omit({ id: true, time: true }).extend({
  time: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time' }).optional(),
  user: z.string().max(256, 'must be at most 256 characters'),
  action: z.string().min(1, 'is required').max(128, 'must be at most 128 characters'),
  userAgent: z.string().optional(),
});

/** Thrown when an entry cannot be stored as given; the message names the fields. */
export class InvalidAuditEntryError extends Error {
  constructor(readonly fields: { path: string; message: string }[]) {
    super(`invalid audit entry: ${fields.map((f) => `${f.path} ${f.message}`).join('; ')}`);
    this.name = 'InvalidAuditEntryError';
  }
}

/**
 * Validates a new entry and gives it an ID, a UTC millisecond time and redacted parameters.
 * Redaction runs here too, whatever the caller did, so no store ever holds a secret.
 */
export function prepareEntry(input: NewAuditEntry): AuditEntry {
  const r = newEntrySchema.safeParse(input);
  if (!r.success) {
    throw new InvalidAuditEntryError(
      r.error.issues.map((i) => ({ path: i.path.join('.') || '(entry)', message: i.message })),
    );
  }
  const e = r.data;
  const time = new Date(e.time ?? Date.now()).toISOString();
  // Long user agents are cut: they are evidence, not payload, and must not bloat the trail.
  const userAgent = e.userAgent?.slice(0, 512);
  const entry: AuditEntry = { ...e, id: randomUUID(), time, params: redactParams(e.params) };
  if (userAgent !== undefined) entry.userAgent = userAgent;
  return entry;
}
