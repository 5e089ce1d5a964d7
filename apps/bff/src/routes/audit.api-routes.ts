import * as c from '@gc/contracts';
import type { RouteSpec } from '../openapi/api-routes.ts';

/** The audit trail's routes for the OpenAPI document (appended to `ROUTES`). */
export const AUDIT_ROUTES: RouteSpec[] = [
  {
    method: 'get',
    path: '/api/audit',
    summary:
      'Audit trail: filter (user, action, resourceId, regionId, from/to, outcome, q), newest first',
    query: c.auditListQuerySchema,
    response: c.auditPageSchema,
  },
  {
    method: 'get',
    path: '/api/audit/export',
    summary:
      'Export the filtered audit trail as CSV (# stamp lines, then RFC 4180) or JSON ({ account, exportedAt, filters, entries }), streamed',
    query: c.auditExportQuerySchema,
  },
];
