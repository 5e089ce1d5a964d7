import type { AuditEntry } from '@gc/contracts';
import { Button, Group, NativeSelect, Pagination, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state';
import { PageHeader } from '../../../components/ui/page-header';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { auditExportUrl, useAuditEntries } from '../api/audit-entries';
import { AUDIT_PAGE_SIZES, isFiltered } from '../utils/audit-search';
import { AuditEntryDrawer } from './audit-entry-drawer';
import { AuditFilters } from './audit-filters';
import { AuditTable } from './audit-table';
import { useAuditSearch } from './use-audit-search';

/** The audit trail: filters in the URL, the entries, pagination, exports and a detail drawer. */
export function AuditTrailPage() {
  const { t } = useTranslation();
  const [search, update] = useAuditSearch();
  const query = useAuditEntries(search);
  const [open, setOpen] = useState<AuditEntry>();
  const pages = Math.max(1, Math.ceil((query.data?.total ?? 0) / search.pageSize));

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        actions={
          <>
            <Button variant="default" onClick={() => void query.refetch()}>
              {t('common.refresh')}
            </Button>
            <Button component="a" variant="default" href={auditExportUrl(search, 'csv')} download>
              {t('audit.exportCsv')}
            </Button>
            <Button component="a" variant="default" href={auditExportUrl(search, 'json')} download>
              {t('audit.exportJson')}
            </Button>
          </>
        }
      />
      <AuditFilters search={search} onChange={update} />
      {query.isPending ? (
        <TableSkeleton />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Stack align="flex-start" py="xl" role="status">
          <Text fw={500}>{isFiltered(search) ? t('audit.emptyFiltered') : t('audit.empty')}</Text>
        </Stack>
      ) : (
        <>
          <AuditTable items={query.data.items} onOpen={setOpen} />
          <Group justify="space-between" mt="md" wrap="wrap">
            <Text fz="sm" role="status">
              {t('audit.total', { count: query.data.total })}
            </Text>
            <Group gap="sm">
              <NativeSelect
                aria-label={t('audit.pageSize')}
                size="xs"
                value={String(search.pageSize)}
                data={AUDIT_PAGE_SIZES.map((n) => ({
                  value: String(n),
                  label: t('nat.list.perPage', { n }),
                }))}
                onChange={(event) => update({ pageSize: Number(event.currentTarget.value) })}
              />
              <Pagination
                total={pages}
                value={Math.min(search.page, pages)}
                onChange={(page) => update({ page })}
                size="sm"
                getItemProps={(page) => ({ 'aria-label': t('nat.list.goToPage', { page }) })}
                getControlProps={(control) => ({ 'aria-label': t(`nat.list.${control}Page`) })}
              />
            </Group>
          </Group>
        </>
      )}
      <AuditEntryDrawer entry={open} onClose={() => setOpen(undefined)} />
    </>
  );
}
