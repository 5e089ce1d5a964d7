import { auditRoutes, type AuditEntry } from '@gc/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportLink } from '../../../components/ui/list-page/export-link';
import { ListPage } from '../../../components/ui/list-page/list-page';
import { isFiltered, listSearchCodec, useListSearch } from '../../../lib/list-search';
import { auditExportUrl, useAuditEntries } from '../api/audit-entries';
import { useAuditColumns } from './audit-columns';
import { AuditEntryDrawer } from './audit-entry-drawer';
import { AuditFilters } from './audit-filters';

const AUDIT_PAGE_SIZES = [20, 50, 100] as const;

// The URL says `resource` for the query's `resourceId`: links shared before the route table.
const AUDIT_SEARCH = listSearchCodec(auditRoutes.list.query, {
  urlKeys: { resourceId: 'resource' },
  pageSizes: AUDIT_PAGE_SIZES,
});

/** The audit trail: filters in the URL, the entries, pagination, exports and a detail drawer. */
export function AuditTrailPage() {
  const { t } = useTranslation();
  const [search, update] = useListSearch(AUDIT_SEARCH);
  const query = useAuditEntries(search);
  const [open, setOpen] = useState<AuditEntry>();
  const columns = useAuditColumns(setOpen);
  const filtered = isFiltered(AUDIT_SEARCH, search);

  return (
    <ListPage
      title={t('audit.title')}
      query={query}
      rows={query.data}
      actions={
        <>
          <ExportLink href={auditExportUrl(search, 'csv')} label={t('audit.exportCsv')} />
          <ExportLink href={auditExportUrl(search, 'json')} label={t('audit.exportJson')} />
        </>
      }
      filters={<AuditFilters search={search} filtered={filtered} onChange={update} />}
      filtered={filtered}
      empty={{ text: t('audit.empty'), filteredText: t('audit.emptyFiltered') }}
      table={{
        label: t('audit.tableLabel'),
        columns,
        rowKey: (e) => e.id,
        rowProps: () => ({ 'data-testid': 'audit-row' }),
        minWidth: 960,
      }}
      pagination={{
        page: search.page,
        pageSize: search.pageSize,
        onChange: update,
        totalText: t('audit.total', { count: query.data?.total ?? 0 }),
        pageSizeLabel: t('audit.pageSize'),
        pageSizes: AUDIT_PAGE_SIZES,
      }}
    >
      <AuditEntryDrawer entry={open} onClose={() => setOpen(undefined)} />
    </ListPage>
  );
}
