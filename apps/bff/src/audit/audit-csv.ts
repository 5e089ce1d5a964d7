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
 * One CSV field, always quoted (RFC 4180 §2.5 allows it; inner quotes doubled) after neutralising
 * a leading formula character. Always, not only when needed: a line of quoted fields cannot be
 * split by a crafted value into a cell of its own (issue 15), whatever the reader's delimiter.
 */
export function csvCell(value: unknown): string {
  const s =
    value === undefined || value === null
      ? ''
      : guardFormula(
          typeof value === 'string'
            ? value
            : typeof value === 'object'
              ? JSON.stringify(value)
              : String(value),
        );
  return `"${s.replace(/"/g, '""')}"`;
}

/** A value with a leading formula character made text by a leading `'`. */
export const guardFormula = (s: string): string => (FORMULA_START.test(s) ? `'${s}` : s);

/** One CSV line (no terminator): every field quoted and guarded. */
export const csvLine = (values: readonly unknown[]): string => values.map(csvCell).join(',');

/**
 * One `#` stamp line of an export, as one quoted, guarded field with its line breaks collapsed.
 * Before issue 15 only risky lines were quoted; a crafted filter (`q=a,=cmd|' /C calc'!A0`) in an
 * unquoted line made a cell of its own that a spreadsheet ran.
 */
export const csvStampLine = (line: string): string => csvCell(line.replace(/[\r\n]+/g, ' '));

/** Filters as `key=value` pairs for a stamp line (`(none)` without any), each value guarded. */
export function describeFilterValues(filters: object): string {
  const parts = Object.entries(filters)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${guardFormula(String(v))}`);
  return parts.length ? parts.join(' ') : '(none)';
}

/** The CSV header line, quoted like every line, CRLF-terminated (RFC 4180 §2). */
export const csvHeader = (): string => `${csvLine(AUDIT_CSV_COLUMNS)}\r\n`;

/** One entry as a CRLF-terminated CSV record. */
export const csvRow = (entry: AuditEntry): string =>
  `${csvLine(AUDIT_CSV_COLUMNS.map((c) => entry[c]))}\r\n`;

/** A whole CSV document (header included) for entries already in memory. */
export function toCsv(rows: Iterable<AuditEntry>, options: { header?: boolean } = {}): string {
  let out = options.header === false ? '' : csvHeader();
  for (const row of rows) out += csvRow(row);
  return out;
}
