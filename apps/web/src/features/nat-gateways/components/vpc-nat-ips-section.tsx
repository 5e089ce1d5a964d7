import type { NatGateway, NatIp } from '@gc/contracts';
import { Badge } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChildListSection } from '../../../components/ui/child-list-section';
import { Mono, statusColumn } from '../../../components/ui/list-page/columns';
import { useCanMutate } from '../../../lib/auth';
import { useNatIps, useVpcNatMutations } from '../api/vpc-nat';
import { VpcNatIpModal } from './vpc-nat-ip-modal';
import { editColumn, NameCell, removeRow, VPC_NAT_STATUS } from './vpc-nat-shared';

/** A VPC NAT gateway's NAT IPs: the default one (its private address) and the added ones. */
export function VpcNatIpsSection({ gateway }: { gateway: NatGateway }) {
  const { t } = useTranslation();
  const { regionId, id } = gateway;
  const { removeIp } = useVpcNatMutations(regionId, id);
  const [editing, setEditing] = useState<NatIp | null>(null);
  const label = (n: NatIp) => n.name || n.ip;
  const settled = (n: NatIp) => n.status === 'Available' || n.status === 'Associated';
  return (
    <>
      <ChildListSection
        title={t('vpcNat.ip.title')}
        query={useNatIps(regionId, id)}
        empty={t('vpcNat.ip.empty')}
        minWidth={600}
        columns={[
          {
            id: 'ip',
            header: t('vpcNat.ip.ip'),
            cell: (n) => (
              <>
                <Mono>{n.ip}</Mono> {n.isDefault && <Badge size="xs">{t('vpcNat.default')}</Badge>}
              </>
            ),
          },
          {
            id: 'name',
            header: t('vpcNat.name'),
            cell: (n) => <NameCell name={n.name} id={n.id} />,
          },
          { id: 'cidr', header: t('vpcNat.ip.cidr'), cell: (n) => <Mono>{n.cidr}</Mono> },
          statusColumn(t('vpcNat.statusHeader'), VPC_NAT_STATUS),
          ...editColumn<NatIp>({
            canMutate: useCanMutate(),
            kind: 'ip',
            t,
            name: label,
            disabled: (n) => !settled(n),
            onEdit: setEditing,
          }),
        ]}
        add={{
          label: t('vpcNat.ip.create'),
          disabled: gateway.status !== 'Available',
          dialog: (close) => (
            <VpcNatIpModal regionId={regionId} natGatewayId={id} onClose={close} />
          ),
        }}
        remove={removeRow<NatIp>({
          kind: 'ip',
          t,
          name: label,
          disabled: (n) => n.isDefault || n.status !== 'Available',
          mutation: removeIp,
        })}
      />
      {editing && (
        <VpcNatIpModal
          regionId={regionId}
          natGatewayId={id}
          natIp={editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
