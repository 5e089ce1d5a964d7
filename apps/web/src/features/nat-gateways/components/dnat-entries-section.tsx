import type { NatGateway, DnatEntry } from '@gc/contracts';
import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorState } from '../../../components/ui/error-state';
import { Section } from '../../../components/ui/section';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { OperatorOnly } from '../../../lib/operator-only';
import { useDeleteNatEntry, useDnatEntries } from '../api/nat-entries';
import { CreateDnatEntryModal } from './create-dnat-entry-modal';
import { EntriesTable } from './entries-table';

/** The gateway's DNAT entries: list, add, delete. */
export function DnatEntriesSection({ gateway }: { gateway: NatGateway }) {
  const { t } = useTranslation();
  const entries = useDnatEntries(gateway.regionId, gateway.id);
  const remove = useDeleteNatEntry(gateway.regionId, gateway.id, 'dnat');
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<DnatEntry | null>(null);
  const title = t('nat.dnat.title');
  return (
    <Section
      title={title}
      actions={
        <OperatorOnly>
          <Button size="xs" onClick={() => setAdding(true)}>
            {t('nat.dnat.add')}
          </Button>
        </OperatorOnly>
      }
    >
      {entries.isPending ? (
        <TableSkeleton rows={2} />
      ) : entries.isError ? (
        <ErrorState error={entries.error} onRetry={() => void entries.refetch()} />
      ) : entries.data.items.length === 0 ? (
        <Text fz="sm">{t('nat.dnat.empty')}</Text>
      ) : (
        <EntriesTable
          label={title}
          entries={entries.data.items}
          columns={[
            { header: t('nat.dnat.protocol'), cell: (e) => e.ipProtocol },
            { header: t('nat.dnat.external'), cell: (e) => `${e.externalIp}:${e.externalPort}` },
            { header: t('nat.dnat.internal'), cell: (e) => `${e.internalIp}:${e.internalPort}` },
          ]}
          deleteLabel={(e) => t('nat.dnat.deleteOne', { id: e.id })}
          onDelete={setDeleting}
        />
      )}
      {adding && <CreateDnatEntryModal gateway={gateway} onClose={() => setAdding(false)} />}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('nat.dnat.deleteTitle')}
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
