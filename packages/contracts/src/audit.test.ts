import { describe, expect, it } from 'vitest';
import { auditEntrySchema, auditExportQuerySchema, auditListQuerySchema } from './audit.ts';

describe('audit contracts', () => {
  it('defaults the page and normalises the time range to UTC milliseconds', () => {
    const q = auditListQuerySchema.parse({
      from: '2026-11-22T10:00:00+02:00',
      to: '2026-11-22T09:00:00Z',
      outcome: 'failure',
    });
    expect(q).toMatchObject({
      page: 1,
      pageSize: 20,
      from: '2026-11-22T08:00:00.000Z',
      to: '2026-11-22T09:00:00.000Z',
      outcome: 'failure',
    });
  });

  it('names the field of a bad filter', () => {
    const r = auditListQuerySchema.safeParse({ from: 'yesterday', outcome: 'maybe' });
    expect(r.success).toBe(false);
    const paths = r.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['from', 'outcome']));
  });

  it('refuses a range that ends before it starts, on `to`', () => {
    const r = auditListQuerySchema.safeParse({
      from: '2026-11-22T09:00:00Z',
      to: '2026-11-22T08:00:00Z',
    });
    expect(r.error?.issues[0]?.path).toEqual(['to']);
  });

  it('treats empty text filters as absent and defaults the export format to CSV', () => {
    expect(auditExportQuerySchema.parse({ user: '  ', action: '' })).toEqual({ format: 'csv' });
    expect(auditExportQuerySchema.safeParse({ format: 'xml' }).success).toBe(false);
  });

  it('accepts an entry without a role (a failed login)', () => {
    const entry = {
      id: 'a',
      time: '2026-11-22T08:00:00.000Z',
      user: 'mallory',
      action: 'session.login-failed',
      params: {},
      outcome: 'failure',
      httpStatus: 401,
    };
    expect(auditEntrySchema.parse(entry)).toEqual(entry);
  });
});
