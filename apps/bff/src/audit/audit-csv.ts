import type { AuditEntry } from '@gc/contracts';

/** CSV columns, in order; `params` is the redacted parameters as JSON. */
export const AUDIT_CSV_COLUMNS = [
  'time',
  'user',
  'role',
  'action',
  'regionId',
  'resourceId',
  'outcome',
  'httpStatus',
  'errorCode',
  'upstreamRequestId',
  'requestId',
  'clientToken',
  'ip',
  'userAgent',
  'params',
  'id',
] as const satisfies readonly (keyof AuditEntry)[];

// A spreadsheet runs a cell starting with = + - @ (or tab/CR, which some strip first) as a
// formula; a leading ' makes it text (OWASP "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: RFC 4180 quoting (wrapped in double quotes, inner quotes doubled, when it holds a
 * comma, quote, CR or LF) after neutralising a leading formula character.
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let s =
    typeof value === 'string'
      ? value
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV header line, CRLF-terminated (RFC 4180 §2). */
export const csvHeader = (): string => `${AUDIT_CSV_COLUMNS.join(',')}\r\n`;

/** One entry as a CRLF-terminated CSV record. */
export const csvRow = (entry: AuditEntry): string =>
  `${AUDIT_CSV_COLUMNS.map((c) => csvCell(entry[c])).join(',')}\r\n`;

/** A whole CSV document (header included) for entries already in memory. */
export function toCsv(rows: Iterable<AuditEntry>, options: { header?: boolean } = {}): string {
  let out = options.header === false ? '' : csvHeader();
  for (const row of rows) out += csvRow(row);
  return out;
}
