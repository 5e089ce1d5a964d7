import type { VpnGateway } from '@gc/contracts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Mono, nameColumn, statusColumn } from '../../../components/ui/list-page/columns';
import type { Column } from '../../../components/ui/list-page/data-table';
import { useVpcName, VpcCell } from '../../../components/ui/vpc-ref';
import { enumLabel } from '../../../lib/enum-labels';
import { formatBandwidth, formatDateTime } from '../../../lib/format';
import { VPN_STATUS } from '../utils/vpn-status';

type VpnSortColumn = 'name' | 'status' | 'bandwidth' | 'endTime';

/** The VPN list's columns: name/ID, status, tunnel mode, bandwidth and spec, IPsec/SSL, VPC, public IP, expiry. */
export function useVpnColumns(regionId: string): Column<VpnGateway, VpnSortColumn>[] {
  const { t, i18n } = useTranslation();
  const flag = (on: boolean) => (on ? t('common.on') : t('common.off'));
  const vpcName = useVpcName(regionId);
  return [
    nameColumn(t('vpn.columns.name'), (g) => `/regions/${regionId}/vpn-gateways/${g.id}`, 'name'),
    statusColumn(t('vpn.columns.status'), VPN_STATUS, 'status'),
    {
      id: 'tunnelMode',
      header: t('vpnGatewayDual.tunnelMode'),
      cell: (g) => (
        <>
          <Text fz="sm">{enumLabel('tunnelMode', g.tunnelMode ?? 'single', t)}</Text>
          {g.gatewayType === 'Enhanced.SiteToSite' && (
            <Text fz="xs" c="dimmed">
              {t('vpnGatewayDual.enhancedBadge')}
            </Text>
          )}
        </>
      ),
    },
    {
      id: 'bandwidth',
      header: t('vpn.columns.bandwidth'),
      sort: 'bandwidth',
      cell: (g) => (
        <>
          <Text fz="sm">{formatBandwidth(g.bandwidth, t)}</Text>
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
    {
      id: 'vpc',
      header: t('vpn.columns.vpc'),
      cell: (g) => <VpcCell vpcId={g.vpcId} name={vpcName(g.vpcId)} />,
    },
    {
      id: 'publicIp',
      header: t('vpn.columns.publicIp'),
      cell: (g) => <Mono>{g.internetIp || t('common.none')}</Mono>,
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
