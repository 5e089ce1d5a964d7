import type { DnatEntry, NatGateway } from '@gc/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChildListSection } from '../../../components/ui/child-list-section';
import { useDeleteNatEntry, useDnatEntries } from '../api/nat-entries';
import { CreateDnatEntryModal } from './create-dnat-entry-modal';
import { useCanMutate } from '../../../lib/auth';
import { editColumn, entryColumns } from './entry-columns';

/** The gateway's DNAT entries: list, add, edit (the add form, filled), delete. */
export function DnatEntriesSection({ gateway }: { gateway: NatGateway }) {
  const { t } = useTranslation();
  const remove = useDeleteNatEntry(gateway.regionId, gateway.id, 'dnat');
  const canMutate = useCanMutate();
  const [editing, setEditing] = useState<DnatEntry | null>(null);
  return (
    <>
      <ChildListSection
        title={t('nat.dnat.title')}
        query={useDnatEntries(gateway.regionId, gateway.id)}
        empty={t('nat.dnat.empty')}
        columns={entryColumns<DnatEntry>(t, [
          { id: 'protocol', header: t('nat.dnat.protocol'), cell: (e) => e.ipProtocol },
          {
            id: 'external',
            header: t('nat.dnat.external'),
            cell: (e) => `${e.externalIp}:${e.externalPort}`,
          },
          {
            id: 'internal',
            header: t('nat.dnat.internal'),
            cell: (e) => `${e.internalIp}:${e.internalPort}`,
          },
        ]).concat(canMutate ? [editColumn<DnatEntry>(t, setEditing)] : [])}
        add={{
          label: t('nat.dnat.add'),
          dialog: (close) => <CreateDnatEntryModal gateway={gateway} onClose={close} />,
        }}
        remove={{
          label: (e) => t('nat.dnat.deleteOne', { id: e.id }),
          disabled: (e) => e.status === 'Deleting',
          confirmTitle: t('nat.dnat.deleteTitle'),
          confirmMessage: (e) => t('nat.entries.deleteConfirm', { id: e.id }),
          pending: remove.isPending,
          run: (e, done) => remove.mutate(e.id, { onSuccess: done }),
        }}
      />
      {editing && (
        <CreateDnatEntryModal gateway={gateway} entry={editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
