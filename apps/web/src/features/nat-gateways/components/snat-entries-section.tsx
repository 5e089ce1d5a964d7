import type { NatGateway, SnatEntry } from '@gc/contracts';
import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorState } from '../../../components/ui/error-state';
import { Section } from '../../../components/ui/section';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { OperatorOnly } from '../../../lib/operator-only';
import { useDeleteNatEntry, useSnatEntries } from '../api/nat-entries';
import { CreateSnatEntryModal } from './create-snat-entry-modal';
import { EntriesTable } from './entries-table';

/** The gateway's SNAT entries: list, add, delete. */
export function SnatEntriesSection({ gateway }: { gateway: NatGateway }) {
  const { t } = useTranslation();
  const entries = useSnatEntries(gateway.regionId, gateway.id);
  const remove = useDeleteNatEntry(gateway.regionId, gateway.id, 'snat');
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<SnatEntry | null>(null);
  const title = t('nat.snat.title');
  return (
    <Section
      title={title}
      actions={
        <OperatorOnly>
          <Button size="xs" onClick={() => setAdding(true)}>
            {t('nat.snat.add')}
          </Button>
        </OperatorOnly>
      }
    >
      {entries.isPending ? (
        <TableSkeleton rows={2} />
      ) : entries.isError ? (
        <ErrorState error={entries.error} onRetry={() => void entries.refetch()} />
      ) : entries.data.items.length === 0 ? (
        <Text fz="sm">{t('nat.snat.empty')}</Text>
      ) : (
        <EntriesTable
          label={title}
          entries={entries.data.items}
          columns={[
            { header: t('nat.snat.snatIp'), cell: (e) => e.snatIp },
            { header: t('nat.snat.source'), cell: (e) => e.sourceCidr ?? e.sourceVSwitchId ?? '' },
          ]}
          deleteLabel={(e) => t('nat.snat.deleteOne', { id: e.id })}
          onDelete={setDeleting}
        />
      )}
      {adding && <CreateSnatEntryModal gateway={gateway} onClose={() => setAdding(false)} />}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('nat.snat.deleteTitle')}
        message={t('nat.entries.deleteConfirm', { id: deleting?.id ?? '' })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })
        }
      />
    </Section>
  );
}
