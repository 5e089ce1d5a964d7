import type { AuditStoreFilter } from './audit-store.ts';

/** How one SQL dialect spells a parameter and a case-insensitive match. */
export interface SqlDialect {
  placeholder(index: number): string;
  /** SQLite's LIKE already ignores ASCII case; PostgreSQL needs ILIKE. */
  ilike: string;
  /** The parameters column as text (jsonb needs a cast). */
  paramsText: string;
}

export const sqliteDialect: SqlDialect = {
  placeholder: () => '?',
  ilike: 'LIKE',
  paramsText: 'params',
};

export const postgresDialect: SqlDialect = {
  placeholder: (i) => `$${i}`,
  ilike: 'ILIKE',
  paramsText: 'params::text',
};

/** Position after which an export's next batch starts (keyset paging on time, then seq). */
export interface AuditCursor {
  time: string;
  seq: number | string;
}

/** UTC milliseconds for a time bound; a bad bound is refused by name, never compared as text. */
function instant(field: string, value: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`audit filter ${field} must be an ISO 8601 time`);
  return new Date(ms).toISOString();
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const TEXT_COLUMNS = [
  'user_name',
  'action',
  'resource_id',
  'region_id',
  'error_code',
  'upstream_request_id',
  'request_id',
  'client_token',
];

/** Builds the WHERE clause (possibly empty) and its values for a filter and an optional cursor. */
export function whereClause(
  filter: AuditStoreFilter,
  dialect: SqlDialect,
  after?: AuditCursor,
): { sql: string; values: unknown[] } {
  const values: unknown[] = [];
  const bind = (v: unknown) => {
    values.push(v);
    return dialect.placeholder(values.length);
  };
  const where: string[] = [];
  if (filter.user) where.push(`user_name = ${bind(filter.user)}`);
  if (filter.action?.endsWith('*')) {
    const prefix = likeEscape(filter.action.slice(0, -1));
    where.push(`action LIKE ${bind(`${prefix}%`)} ESCAPE '\\'`);
  } else if (filter.action) {
    where.push(`action = ${bind(filter.action)}`);
  }
  if (filter.resourceId) where.push(`resource_id = ${bind(filter.resourceId)}`);
  if (filter.regionId) where.push(`region_id = ${bind(filter.regionId)}`);
  if (filter.outcome) where.push(`outcome = ${bind(filter.outcome)}`);
  // Times are normalised to UTC milliseconds, so SQLite's text comparison orders them correctly.
  if (filter.from) where.push(`time >= ${bind(instant('from', filter.from))}`);
  if (filter.to) where.push(`time < ${bind(instant('to', filter.to))}`);
  if (filter.q) {
    // One bind per use: SQLite's `?` placeholders are positional.
    const pattern = `%${likeEscape(filter.q)}%`;
    const cols = [...TEXT_COLUMNS, dialect.paramsText];
    const ors = cols.map((c) => `${c} ${dialect.ilike} ${bind(pattern)} ESCAPE '\\'`);
    where.push(`(${ors.join(' OR ')})`);
  }
  if (after) {
    // A row-value comparison, unlike the equivalent OR, is an index range on (time, seq) in both
    // databases, so each export batch starts where the last one ended instead of rescanning.
    where.push(`(time, seq) < (${bind(after.time)}, ${bind(after.seq)})`);
  }
  return { sql: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', values };
}

export const NEWEST_FIRST = 'ORDER BY time DESC, seq DESC';
