import { auditOutcomeSchema, type AuditOutcome } from '@gc/contracts';

/** The audit trail view as the URL carries it (`resource` is the entry's resource ID). */
export interface AuditSearch {
  page: number;
  pageSize: number;
  user: string;
  action: string;
  resource: string;
  /** ISO instants: `from` inclusive, `to` exclusive. */
  from: string | undefined;
  to: string | undefined;
  outcome: AuditOutcome | undefined;
}

export const AUDIT_PAGE_SIZES = [20, 50, 100] as const;
export const AUDIT_DEFAULT_PAGE_SIZE = 20;

const TEXT_FIELDS = ['user', 'action', 'resource'] as const;

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

function instant(value: string | null): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Reads the view from URL search params; a bad value falls back to its default. */
export function parseAuditSearch(params: URLSearchParams): AuditSearch {
  const pageSize = positiveInt(params.get('pageSize'), AUDIT_DEFAULT_PAGE_SIZE);
  const outcome = auditOutcomeSchema.safeParse(params.get('outcome'));
  const text = (key: (typeof TEXT_FIELDS)[number]) => (params.get(key) ?? '').trim().slice(0, 128);
  return {
    page: positiveInt(params.get('page'), 1),
    pageSize: (AUDIT_PAGE_SIZES as readonly number[]).includes(pageSize)
      ? pageSize
      : AUDIT_DEFAULT_PAGE_SIZE,
    user: text('user'),
    action: text('action'),
    resource: text('resource'),
    from: instant(params.get('from')),
    to: instant(params.get('to')),
    outcome: outcome.success ? outcome.data : undefined,
  };
}

/** Writes the view to search params, leaving defaults out so links stay short. */
export function serializeAuditSearch(search: AuditSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of TEXT_FIELDS) if (search[key] !== '') params.set(key, search[key]);
  if (search.from) params.set('from', search.from);
  if (search.to) params.set('to', search.to);
  if (search.outcome) params.set('outcome', search.outcome);
  if (search.page !== 1) params.set('page', String(search.page));
  if (search.pageSize !== AUDIT_DEFAULT_PAGE_SIZE) params.set('pageSize', String(search.pageSize));
  return params;
}

/** Applies a change; any change other than the page itself goes back to page 1. */
export function updateAuditSearch(search: AuditSearch, change: Partial<AuditSearch>): AuditSearch {
  const resetsPage = Object.keys(change).some((k) => k !== 'page');
  return { ...search, ...(resetsPage ? { page: 1 } : {}), ...change };
}

/** True when any filter (not the paging) is set. */
export function isFiltered(search: AuditSearch): boolean {
  return (
    TEXT_FIELDS.some((k) => search[k] !== '') || Boolean(search.from || search.to || search.outcome)
  );
}

/** The BFF filters of a view (shared by the list and the exports). */
export function toAuditFilter(search: AuditSearch) {
  return {
    user: search.user || undefined,
    action: search.action || undefined,
    resourceId: search.resource || undefined,
    from: search.from,
    to: search.to,
    outcome: search.outcome,
  };
}

/** The BFF query of a view's page. */
export function toAuditQuery(search: AuditSearch) {
  return { ...toAuditFilter(search), page: search.page, pageSize: search.pageSize };
}
