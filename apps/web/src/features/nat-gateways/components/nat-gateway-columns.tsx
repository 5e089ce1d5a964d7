import type { NatGateway } from '@gc/contracts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Mono, nameColumn, statusColumn } from '../../../components/ui/list-page/columns';
import type { Column } from '../../../components/ui/list-page/data-table';
import { useVpcName, VpcCell } from '../../../components/ui/vpc-ref';
import { enumLabel } from '../../../lib/enum-labels';
import { formatChargeType, formatDateTime } from '../../../lib/format';
import { NAT_STATUS } from '../utils/nat-status';

/** The columns of the NAT list: the name links to the gateway's page. */
export function useNatColumns(
  regionId: string,
): Column<NatGateway, 'name' | 'status' | 'creationTime'>[] {
  const { t, i18n } = useTranslation();
  const vpcName = useVpcName(regionId);
  return [
    nameColumn(t('nat.columns.name'), (g) => `/regions/${regionId}/nat-gateways/${g.id}`, 'name'),
    statusColumn(t('nat.columns.status'), NAT_STATUS, 'status'),
    {
      id: 'type',
      header: t('nat.columns.type'),
      cell: (g) => (
        <>
          <Text fz="sm">
            {[
              enumLabel('natType', g.natType, t),
              enumLabel('natNetworkType', g.networkType, t),
            ].join(' · ')}
          </Text>
          <Text fz="xs" c="dimmed">
            {g.spec || formatChargeType(g.internetChargeType, t)}
          </Text>
        </>
      ),
    },
    {
      id: 'vpc',
      header: t('nat.columns.vpc'),
      cell: (g) => <VpcCell vpcId={g.vpcId} name={vpcName(g.vpcId)} />,
    },
    {
      id: 'eips',
      header: t('nat.columns.eips'),
      cell: (g) =>
        g.eips.length === 0 ? (
          <Text fz="sm">{t('common.none')}</Text>
        ) : (
          g.eips.map((eip) => <Mono key={eip.allocationId}>{eip.ipAddress}</Mono>)
        ),
    },
    {
      id: 'creationTime',
      header: t('nat.columns.creationTime'),
      sort: 'creationTime',
      cell: (g) => <Text fz="sm">{formatDateTime(g.creationTime, i18n.language)}</Text>,
    },
  ];
}
