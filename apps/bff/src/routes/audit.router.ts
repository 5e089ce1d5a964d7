import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router } from 'express';
import { auditExportQuerySchema, auditListQuerySchema } from '@gc/contracts';
import type { AuditStore } from '../audit/audit-store.ts';
import { AUDIT_EXPORT_CONTENT_TYPES } from '../audit/export-audit.ts';
import { auditExportFileName, exportAuditStamped } from '../audit/stamped-export.ts';
import { parseInput } from '../middleware/validate.ts';

/**
 * The audit trail: `GET /audit` (filtered, paginated) and `GET /audit/export` (CSV or JSON,
 * streamed, stamped). Reads only, so operators and auditors both get it past `guardResources`.
 */
export function auditRouter(store: AuditStore, opts: { account: string }): Router {
  const router = Router();

  router.get('/audit', async (req, res) => {
    const query = parseInput(auditListQuerySchema, req.query, 'query');
    res.set('Cache-Control', 'no-store').json(await store.query(query));
  });

  router.get('/audit/export', async (req, res) => {
    const { format, ...filters } = parseInput(auditExportQuerySchema, req.query, 'query');
    const exportedAt = new Date().toISOString();
    res
      .status(200)
      .set('Cache-Control', 'no-store')
      .type(AUDIT_EXPORT_CONTENT_TYPES[format])
      .attachment(auditExportFileName(exportedAt, format));
    const body = Readable.from(
      exportAuditStamped(store, { account: opts.account, exportedAt, filters }, format),
    );
    try {
      await pipeline(body, res);
    } catch (err) {
      // Headers are gone: cut the download short so it cannot pass for a complete file.
      req.log?.error({ err }, 'audit export failed');
      res.destroy();
    }
  });

  return router;
}
