import type { AuditEntry, AuditExportFormat } from '@gc/contracts';
import { csvHeader, csvRow } from './audit-csv.ts';
import type { AuditStore, AuditStoreFilter } from './audit-store.ts';

/** Content types for the export response. */
export const AUDIT_EXPORT_CONTENT_TYPES: Record<AuditExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** Entries per yielded chunk: large enough to avoid tiny writes, small enough to stream. */
const CHUNK_ROWS = 200;

async function* chunked(
  rows: AsyncIterable<AuditEntry>,
  render: (row: AuditEntry, index: number) => string,
): AsyncGenerator<string> {
  let buf = '';
  let i = 0;
  for await (const row of rows) {
    buf += render(row, i);
    i += 1;
    if (i % CHUNK_ROWS === 0) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

/**
 * Streams every entry matching `filter`, newest first, as CSV (header, CRLF records) or as one
 * JSON array. Use with `Readable.from(exportAudit(...)).pipe(res)`; stamping the file name or
 * account is the caller's job.
 */
export async function* exportAudit(
  store: AuditStore,
  filter: AuditStoreFilter,
  format: AuditExportFormat,
): AsyncGenerator<string> {
  const rows = store.exportRows(filter);
  if (format === 'csv') {
    yield csvHeader();
    yield* chunked(rows, csvRow);
    return;
  }
  yield '[';
  yield* chunked(rows, (row, i) => `${i === 0 ? '\n' : ',\n'}${JSON.stringify(row)}`);
  yield '\n]\n';
}
