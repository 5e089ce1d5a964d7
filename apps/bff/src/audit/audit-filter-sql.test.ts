import { describe, expect, it } from 'vitest';
import { postgresDialect, sqliteDialect, whereClause } from './audit-filter-sql.ts';

describe('whereClause', () => {
  it('is empty without filters', () => {
    expect(whereClause({}, sqliteDialect)).toEqual({ sql: '', values: [] });
  });

  it('numbers PostgreSQL placeholders and binds every value (no value is spliced into SQL)', () => {
    const evil = "x' OR '1'='1";
    const { sql, values } = whereClause(
      { user: evil, action: 'nat-gateway.*', from: '2026-11-22T10:00:00+02:00' },
      postgresDialect,
      { time: '2026-11-22T09:00:00.000Z', seq: '42' },
    );
    expect(sql).not.toContain(evil);
    expect(sql).toContain('user_name = $1');
    expect(sql).toContain('action LIKE $2');
    expect(sql).toContain('(time, seq) < ($4, $5)');
    expect(values).toEqual([
      evil,
      'nat-gateway.%',
      '2026-11-22T08:00:00.000Z',
      '2026-11-22T09:00:00.000Z',
      '42',
    ]);
  });

  it('escapes LIKE wildcards in text and action prefixes', () => {
    const { values } = whereClause({ q: '50%_off\\', action: 'a_b*' }, sqliteDialect);
    expect(values[0]).toBe('a\\_b%');
    expect(values[1]).toBe('%50\\%\\_off\\\\%');
  });

  it('refuses a time bound that is not a time, naming it', () => {
    expect(() => whereClause({ to: 'tomorrow' }, sqliteDialect)).toThrow(/filter to must be/);
  });
});
