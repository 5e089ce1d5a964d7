import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { auditRoutes } from '@gc/contracts';
import type { AuditStore } from '../audit/audit-store.ts';
import { AUDIT_EXPORT_CONTENT_TYPES } from '../audit/export-audit.ts';
import { auditExportFileName, exportAuditStamped } from '../audit/stamped-export.ts';
import type { Handlers } from '../http/route-handler.ts';

/**
 * The audit trail: the filtered, paginated list and the streamed, stamped CSV or JSON export.
 * Reads only, so operators and auditors both get it.
 */
export function auditHandlers(deps: {
  auditStore: AuditStore;
  account: string;
}): Handlers<typeof auditRoutes> {
  const store = deps.auditStore;
  return {
    list: async ({ query, res }) => {
      res.set('Cache-Control', 'no-store');
      return store.query(query);
    },
    export: async ({ query: { format, ...filters }, req, res }) => {
      const exportedAt = new Date().toISOString();
      res
        .status(200)
        .set('Cache-Control', 'no-store')
        .type(AUDIT_EXPORT_CONTENT_TYPES[format])
        .attachment(auditExportFileName(exportedAt, format));
      const stamp = { account: deps.account, exportedAt, filters };
      const body = Readable.from(exportAuditStamped(store, stamp, format));
      try {
        await pipeline(body, res);
      } catch (err) {
        // Headers are gone: cut the download short so it cannot pass for a complete file.
        req.log?.error({ err }, 'audit export failed');
        res.destroy();
      }
    },
  };
}
