import type { FullNatEntry, NatGateway } from '@gc/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChildListSection } from '../../../components/ui/child-list-section';
import { Mono, statusColumn } from '../../../components/ui/list-page/columns';
import { useCanMutate } from '../../../lib/auth';
import { useFullNatEntries, useVpcNatMutations } from '../api/vpc-nat';
import { VpcNatFullNatModal } from './vpc-nat-fullnat-modal';
import { editColumn, NameCell, removeRow, VPC_NAT_STATUS } from './vpc-nat-shared';

/** A VPC NAT gateway's FULLNAT entries: NAT IP:port on a reverse endpoint → backend:port. */
export function VpcNatFullNatSection({ gateway }: { gateway: NatGateway }) {
  const { t } = useTranslation();
  const { regionId, id } = gateway;
  const { removeFullNat } = useVpcNatMutations(regionId, id);
  const [editing, setEditing] = useState<FullNatEntry | null>(null);
  const label = (e: FullNatEntry) => e.name || e.id;
  return (
    <>
      <ChildListSection
        title={t('vpcNat.fullnat.title')}
        query={useFullNatEntries(regionId, id)}
        empty={t('vpcNat.fullnat.empty')}
        minWidth={720}
        columns={[
          {
            id: 'name',
            header: t('vpcNat.name'),
            cell: (e) => <NameCell name={e.name} id={e.id} />,
          },
          {
            id: 'mapping',
            header: t('vpcNat.fullnat.mapping'),
            cell: (e) => (
              <Mono>{`${e.ipProtocol} ${e.natIp}:${e.natIpPort} → ${e.accessIp || e.accessDomain}:${e.accessPort}`}</Mono>
            ),
          },
          {
            id: 'eni',
            header: t('vpcNat.fullnat.eni'),
            cell: (e) => <Mono>{e.networkInterfaceId}</Mono>,
          },
          statusColumn(t('vpcNat.statusHeader'), VPC_NAT_STATUS),
          ...editColumn<FullNatEntry>({
            canMutate: useCanMutate(),
            kind: 'fullnat',
            t,
            name: label,
            disabled: (e) => e.status !== 'Available',
            onEdit: setEditing,
          }),
        ]}
        add={{
          label: t('vpcNat.fullnat.create'),
          disabled: gateway.status !== 'Available',
          dialog: (close) => (
            <VpcNatFullNatModal regionId={regionId} natGatewayId={id} onClose={close} />
          ),
        }}
        remove={removeRow<FullNatEntry>({
          kind: 'fullnat',
          t,
          name: label,
          disabled: (e) => e.status !== 'Available',
          mutation: removeFullNat,
        })}
      />
      {editing && (
        <VpcNatFullNatModal
          regionId={regionId}
          natGatewayId={id}
          entry={editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
