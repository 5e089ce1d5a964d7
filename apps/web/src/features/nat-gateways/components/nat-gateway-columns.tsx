import type { NatGateway } from '@gc/contracts';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Column } from '../../../components/ui/list-page/data-table';
import { ResourceStatusBadge } from '../../../components/ui/status-badge';
import { formatDateTime } from '../../../lib/format';
import { NAT_STATUS } from '../utils/nat-status';

/** The columns of the NAT list: the name links to the gateway's page. */
export function useNatColumns(
  regionId: string,
): Column<NatGateway, 'name' | 'status' | 'creationTime'>[] {
  const { t, i18n } = useTranslation();
  return [
    {
      id: 'name',
      header: t('nat.columns.name'),
      sort: 'name',
      cell: (g) => (
        <Stack gap={0}>
          <Anchor component={Link} to={`/regions/${regionId}/nat-gateways/${g.id}`} fw={500}>
            {g.name || g.id}
          </Anchor>
          <Text fz="xs" c="dimmed" ff="monospace">
            {g.id}
          </Text>
        </Stack>
      ),
    },
    {
      id: 'status',
      header: t('nat.columns.status'),
      sort: 'status',
      cell: (g) => <ResourceStatusBadge table={NAT_STATUS} status={g.status} />,
    },
    {
      id: 'type',
      header: t('nat.columns.type'),
      cell: (g) => (
        <>
          <Text fz="sm">
            {[
              t(`nat.natType.${g.natType}`, { defaultValue: g.natType }),
              t(`nat.networkType.${g.networkType}`),
            ].join(' · ')}
          </Text>
          <Text fz="xs" c="dimmed">
            {g.spec || g.internetChargeType}
          </Text>
        </>
      ),
    },
    {
      id: 'vpc',
      header: t('nat.columns.vpc'),
      cell: (g) => (
        <Text fz="sm" ff="monospace">
          {g.vpcId}
        </Text>
      ),
    },
    {
      id: 'eips',
      header: t('nat.columns.eips'),
      cell: (g) =>
        g.eips.length === 0 ? (
          <Text fz="sm">{t('common.none')}</Text>
        ) : (
          g.eips.map((eip) => (
            <Text key={eip.allocationId} fz="sm" ff="monospace">
              {eip.ipAddress}
            </Text>
          ))
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
