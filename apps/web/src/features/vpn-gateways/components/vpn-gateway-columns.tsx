import type { VpnGateway } from '@gc/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Mono, nameColumn, statusColumn } from '../../../components/ui/list-page/columns';
import { CellText, remember } from '../../../components/ui/list-page/cells';
import type { Column } from '../../../components/ui/list-page/data-table';
import { useVpcName, VpcCell } from '../../../components/ui/vpc-ref';
import { enumLabel } from '../../../lib/enum-labels';
import { formatBandwidth, formatDateTime } from '../../../lib/format';
import { VPN_STATUS } from '../utils/vpn-status';

type VpnSortColumn = 'name' | 'status' | 'bandwidth' | 'endTime';

/** The VPN list's columns: name/ID, status, tunnel mode, bandwidth and spec, IPsec/SSL, VPC, public IP, expiry. */
export function useVpnColumns(regionId: string): Column<VpnGateway, VpnSortColumn>[] {
  const { t, i18n } = useTranslation();
  const vpcName = useVpcName(regionId);
  // Stable between renders: the rows are memoised on their columns.
  return useMemo(() => {
    const text = remember(t);
    const date = remember((iso: string) => formatDateTime(iso, i18n.language));
    const flag = (on: boolean) => (on ? text('common.on') : text('common.off'));
    return [
      nameColumn(t('vpn.columns.name'), (g) => `/regions/${regionId}/vpn-gateways/${g.id}`, 'name'),
      statusColumn(t('vpn.columns.status'), VPN_STATUS, 'status'),
      {
        id: 'tunnelMode',
        header: t('vpnGatewayDual.tunnelMode'),
        cell: (g) => (
          <>
            <CellText>{enumLabel('tunnelMode', g.tunnelMode ?? 'single', text)}</CellText>
            {g.gatewayType === 'Enhanced.SiteToSite' && (
              <CellText size="xs" dimmed>
                {text('vpnGatewayDual.enhancedBadge')}
              </CellText>
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
            <CellText>{formatBandwidth(g.bandwidth, text)}</CellText>
            <CellText size="xs" dimmed>
              {text('vpn.specValue', { spec: g.spec || text('common.none') })}
            </CellText>
          </>
        ),
      },
      {
        id: 'ipsecSsl',
        header: t('vpn.columns.ipsecSsl'),
        cell: (g) => (
          <CellText>
            {text('vpn.flags', { ipsec: flag(g.ipsecEnabled), ssl: flag(g.sslEnabled) })}
          </CellText>
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
        cell: (g) => <Mono>{g.internetIp || text('common.none')}</Mono>,
      },
      {
        id: 'expiry',
        header: t('vpn.columns.expiry'),
        sort: 'endTime',
        cell: (g) => <CellText>{g.endTime ? date(g.endTime) : text('vpn.noExpiry')}</CellText>,
      },
    ];
  }, [t, i18n.language, regionId, vpcName]);
}
