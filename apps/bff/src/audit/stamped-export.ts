import type { AuditExportFormat } from '@gc/contracts';
import { csvStampLine, describeFilterValues } from './audit-csv.ts';
import type { AuditStore, AuditStoreFilter } from './audit-store.ts';
import { exportAudit } from './export-audit.ts';

/** Who exported what, when: written at the top of every export file. */
export interface AuditExportStamp {
  account: string;
  exportedAt: string;
  filters: AuditStoreFilter;
}

/** The filters as `key=value` pairs (`(none)` without any). */
export function describeAuditFilters(filters: AuditStoreFilter): string {
  return describeFilterValues(filters);
}

/**
 * An export with its stamp. CSV: `#` lines (account, time, filters) before the RFC 4180 table, as
 * the inventory export does. JSON: `{ account, exportedAt, filters, entries: [...] }`, streamed.
 */
export async function* exportAuditStamped(
  store: AuditStore,
  stamp: AuditExportStamp,
  format: AuditExportFormat,
): AsyncGenerator<string> {
  if (format === 'csv') {
    const lines = [
      '# Gateway Console audit trail',
      `# account: ${stamp.account}`,
      `# exportedAt: ${stamp.exportedAt}`,
      `# filters: ${describeAuditFilters(stamp.filters)}`,
    ];
    // A filter value never breaks out of its comment line, nor into a cell of its own.
    yield lines.map((l) => `${csvStampLine(l)}\r\n`).join('');
    yield* exportAudit(store, stamp.filters, 'csv');
    return;
  }
  const head = JSON.stringify({
    account: stamp.account,
    exportedAt: stamp.exportedAt,
    filters: stamp.filters,
  });
  yield `${head.slice(0, -1)},"entries":`;
  yield* exportAudit(store, stamp.filters, 'json');
  yield '}\n';
}

/** A file name such as `audit-20261122T080000Z.csv`. */
export function auditExportFileName(exportedAt: string, format: AuditExportFormat): string {
  return `audit-${exportedAt.replace(/[-:]/g, '').replace(/\.\d+/, '')}.${format}`;
}
