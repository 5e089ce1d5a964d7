import type { NatGateway, SnatEntry } from '@gc/contracts';
import { useTranslation } from 'react-i18next';
import { ChildListSection } from '../../../components/ui/child-list-section';
import { useDeleteNatEntry, useSnatEntries } from '../api/nat-entries';
import { CreateSnatEntryModal } from './create-snat-entry-modal';
import { entryColumns } from './entry-columns';

/** The gateway's SNAT entries: list, add, delete. */
export function SnatEntriesSection({ gateway }: { gateway: NatGateway }) {
  const { t } = useTranslation();
  const remove = useDeleteNatEntry(gateway.regionId, gateway.id, 'snat');
  return (
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
      ])}
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
  );
}
