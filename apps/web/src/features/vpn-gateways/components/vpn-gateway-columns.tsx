import type { VpnGateway } from '@gc/contracts';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Column } from '../../../components/ui/list-page/data-table';
import { ResourceStatusBadge } from '../../../components/ui/status-badge';
import { formatDateTime } from '../../../lib/format';
import { VPN_STATUS } from '../utils/vpn-status';

type VpnSortColumn = 'name' | 'status' | 'bandwidth' | 'endTime';

/** The VPN list's columns: name/ID, status, bandwidth and spec, IPsec/SSL, VPC, public IP, expiry. */
export function useVpnColumns(regionId: string): Column<VpnGateway, VpnSortColumn>[] {
  const { t, i18n } = useTranslation();
  const flag = (on: boolean) => (on ? t('common.on') : t('common.off'));
  const mono = (text: string) => (
    <Text fz="sm" ff="monospace">
      {text}
    </Text>
  );
  return [
    {
      id: 'name',
      header: t('vpn.columns.name'),
      sort: 'name',
      cell: (g) => (
        <Stack gap={0}>
          <Anchor component={Link} to={`/regions/${regionId}/vpn-gateways/${g.id}`} fw={500}>
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
      header: t('vpn.columns.status'),
      sort: 'status',
      cell: (g) => <ResourceStatusBadge table={VPN_STATUS} status={g.status} />,
    },
    {
      id: 'bandwidth',
      header: t('vpn.columns.bandwidth'),
      sort: 'bandwidth',
      cell: (g) => (
        <>
          <Text fz="sm">{t('vpn.bandwidthValue', { n: g.bandwidth })}</Text>
          <Text fz="xs" c="dimmed">
            {t('vpn.specValue', { spec: g.spec || t('common.none') })}
          </Text>
        </>
      ),
    },
    {
      id: 'ipsecSsl',
      header: t('vpn.columns.ipsecSsl'),
      cell: (g) => (
        <Text fz="sm">
          {t('vpn.flags', { ipsec: flag(g.ipsecEnabled), ssl: flag(g.sslEnabled) })}
        </Text>
      ),
    },
    { id: 'vpc', header: t('vpn.columns.vpc'), cell: (g) => mono(g.vpcId) },
    {
      id: 'publicIp',
      header: t('vpn.columns.publicIp'),
      cell: (g) => mono(g.internetIp || t('common.none')),
    },
    {
      id: 'expiry',
      header: t('vpn.columns.expiry'),
      sort: 'endTime',
      cell: (g) => (
        <Text fz="sm">
          {g.endTime ? formatDateTime(g.endTime, i18n.language) : t('vpn.noExpiry')}
        </Text>
      ),
    },
  ];
}
