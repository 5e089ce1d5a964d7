import type { NatGateway, SnatEntry } from '@gc/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChildListSection } from '../../../components/ui/child-list-section';
import { useDeleteNatEntry, useSnatEntries } from '../api/nat-entries';
import { CreateSnatEntryModal } from './create-snat-entry-modal';
import { useCanMutate } from '../../../lib/auth';
import { editColumn, entryColumns } from './entry-columns';

/** The gateway's SNAT entries: list, add, edit (the add form, filled), delete. */
export function SnatEntriesSection({ gateway }: { gateway: NatGateway }) {
  const { t } = useTranslation();
  const remove = useDeleteNatEntry(gateway.regionId, gateway.id, 'snat');
  const canMutate = useCanMutate();
  const [editing, setEditing] = useState<SnatEntry | null>(null);
  return (
    <>
      <ChildListSection
        title={t('nat.snat.title')}
        query={useSnatEntries(gateway.regionId, gateway.id)}
        empty={t('nat.snat.empty')}
        columns={entryColumns<SnatEntry>(t, [
          { id: 'snatIp', header: t('nat.snat.snatIp'), cell: (e) => e.snatIp },
          {
            id: 'source',
            header: t('nat.snat.source'),
            cell: (e) => e.sourceCidr ?? e.sourceVSwitchId ?? '',
          },
        ]).concat(canMutate ? [editColumn<SnatEntry>(t, setEditing)] : [])}
        add={{
          label: t('nat.snat.add'),
          dialog: (close) => <CreateSnatEntryModal gateway={gateway} onClose={close} />,
        }}
        remove={{
          label: (e) => t('nat.snat.deleteOne', { id: e.id }),
          disabled: (e) => e.status === 'Deleting',
          confirmTitle: t('nat.snat.deleteTitle'),
          confirmMessage: (e) => t('nat.entries.deleteConfirm', { id: e.id }),
          pending: remove.isPending,
          run: (e, done) => remove.mutate(e.id, { onSuccess: done }),
        }}
      />
      {editing && (
        <CreateSnatEntryModal gateway={gateway} entry={editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
