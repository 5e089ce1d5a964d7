import type { NatGateway, NatIpCidr } from '@gc/contracts';
import { Badge } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChildListSection } from '../../../components/ui/child-list-section';
import { Mono } from '../../../components/ui/list-page/columns';
import { useCanMutate } from '../../../lib/auth';
import { useNatIpCidrs, useVpcNatMutations } from '../api/vpc-nat';
import { VpcNatCidrModal } from './vpc-nat-cidr-modal';
import { editColumn, NameCell, removeRow } from './vpc-nat-shared';

/** A VPC NAT gateway's NAT CIDR blocks: the default one (undeletable) and the added ones. */
export function VpcNatCidrsSection({ gateway }: { gateway: NatGateway }) {
  const { t } = useTranslation();
  const { regionId, id } = gateway;
  const { removeCidr } = useVpcNatMutations(regionId, id);
  const [editing, setEditing] = useState<NatIpCidr | null>(null);
  const label = (c: NatIpCidr) => c.name || c.cidr;
  return (
    <>
      <ChildListSection
        title={t('vpcNat.cidr.title')}
        query={useNatIpCidrs(regionId, id)}
        empty={t('vpcNat.cidr.empty')}
        minWidth={560}
        columns={[
          {
            id: 'cidr',
            header: t('vpcNat.cidr.cidr'),
            cell: (c) => (
              <>
                <Mono>{c.cidr}</Mono>{' '}
                {c.isDefault && <Badge size="xs">{t('vpcNat.default')}</Badge>}
              </>
            ),
          },
          {
            id: 'name',
            header: t('vpcNat.name'),
            cell: (c) => <NameCell name={c.name} id={c.id} />,
          },
          { id: 'description', header: t('vpcNat.description'), cell: (c) => c.description },
          ...editColumn<NatIpCidr>({
            canMutate: useCanMutate(),
            kind: 'cidr',
            t,
            name: label,
            onEdit: setEditing,
          }),
        ]}
        add={{
          label: t('vpcNat.cidr.create'),
          disabled: gateway.status !== 'Available',
          dialog: (close) => (
            <VpcNatCidrModal regionId={regionId} natGatewayId={id} onClose={close} />
          ),
        }}
        remove={removeRow<NatIpCidr>({
          kind: 'cidr',
          t,
          name: label,
          disabled: (c) => c.isDefault,
          label: (c) =>
            c.isDefault
              ? t('vpcNat.cidr.defaultKept')
              : t('vpcNat.cidr.deleteFor', { name: label(c) }),
          mutation: removeCidr,
        })}
      />
      {editing && (
        <VpcNatCidrModal
          regionId={regionId}
          natGatewayId={id}
          block={editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
