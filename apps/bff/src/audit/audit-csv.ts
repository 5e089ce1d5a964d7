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
  const s = guardFormula(
    typeof value === 'string'
      ? value
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value),
  );
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A value with a leading formula character made text by a leading `'`. */
export const guardFormula = (s: string): string => (FORMULA_START.test(s) ? `'${s}` : s);

/**
 * One `#` stamp line of an export: line breaks collapsed, and the whole line quoted as one field
 * when a spreadsheet would otherwise split it into a cell that starts with a formula character
 * (or when it holds a quote). Unquoted, a crafted filter (`q=a,=cmd|' /C calc'!A0`) made such a
 * cell (issue 15). Benign lines stay as they were, so readers of `# account: …` keep working.
 */
export function csvStampLine(line: string): string {
  const s = line.replace(/[\r\n]+/g, ' ');
  const risky = s.includes('"') || s.split(/[,;\t]/).some((cell) => /^\s*[=+\-@]/.test(cell));
  return risky ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Filters as `key=value` pairs for a stamp line (`(none)` without any), each value guarded. */
export function describeFilterValues(filters: object): string {
  const parts = Object.entries(filters)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${guardFormula(String(v))}`);
  return parts.length ? parts.join(' ') : '(none)';
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
