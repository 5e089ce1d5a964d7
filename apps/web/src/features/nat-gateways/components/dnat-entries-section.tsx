import type { DnatEntry, NatGateway } from '@gc/contracts';
import { useTranslation } from 'react-i18next';
import { ChildListSection } from '../../../components/ui/child-list-section';
import { useDeleteNatEntry, useDnatEntries } from '../api/nat-entries';
import { CreateDnatEntryModal } from './create-dnat-entry-modal';
import { entryColumns } from './entry-columns';

/** The gateway's DNAT entries: list, add, delete. */
export function DnatEntriesSection({ gateway }: { gateway: NatGateway }) {
  const { t } = useTranslation();
  const remove = useDeleteNatEntry(gateway.regionId, gateway.id, 'dnat');
  return (
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
      ])}
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
  );
}
