import type { CustomerGateway, VpnConnection } from '@gc/contracts';
import { Table, Text } from '@mantine/core';
import { StatusBadge } from '../../../components/ui/status-badge';
import { useTranslation } from 'react-i18next';
import { TunnelStatusBadge } from './tunnel-status-badge';
import { IdCell } from '../../../components/ui/id-cell';

/**
 * Both tunnels of a dual-tunnel connection: role, zone, gateway IP, state, negotiation and which
 * one carries the traffic (the master while it is up, else the slave: the failover).
 */
export function VpnTunnelsTable({
  connection,
  customerGateways,
}: {
  connection: VpnConnection;
  customerGateways: Map<string, CustomerGateway>;
}) {
  const { t } = useTranslation();
  const title = t('vpnTunnels.detail.tunnels');
  const cgw = (id: string) => {
    const c = customerGateways.get(id);
    return c ? `${c.name || c.id} (${c.ipAddress})` : id;
  };
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table aria-label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('vpnTunnels.columns.role')}</Table.Th>
            <Table.Th>{t('vpnTunnels.columns.zone')}</Table.Th>
            <Table.Th>{t('vpnTunnels.columns.ip')}</Table.Th>
            <Table.Th>{t('vpnTunnels.columns.customerGateway')}</Table.Th>
            <Table.Th>{t('vpnTunnels.columns.state')}</Table.Th>
            <Table.Th>{t('vpnTunnels.columns.status')}</Table.Th>
            <Table.Th>{t('vpnTunnels.columns.bgp')}</Table.Th>
            <Table.Th>{t('vpnTunnels.columns.traffic')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {connection.tunnels.map((tun) => {
            const carrying = tun.id === connection.activeTunnelId;
            const up = tun.status === 'ipsec_sa_established';
            return (
              <Table.Tr key={tun.id} data-row-id={tun.id}>
                <Table.Td>
                  <Text fz="sm">{t(`vpnTunnels.role.${tun.role}`)}</Text>
                  <IdCell id={tun.id} dimmed />
                </Table.Td>
                <Table.Td>{tun.zoneId || t('common.none')}</Table.Td>
                <Table.Td ff="monospace">{tun.internetIp}</Table.Td>
                <Table.Td>{cgw(tun.customerGatewayId)}</Table.Td>
                <Table.Td>
                  {t(`vpn.attachState.${tun.state}`, { defaultValue: tun.state })}
                </Table.Td>
                <Table.Td>
                  <TunnelStatusBadge status={tun.status} />
                </Table.Td>
                <Table.Td>
                  {tun.bgpConfig
                    ? `${tun.bgpConfig.tunnelCidr} · AS${tun.bgpConfig.localAsn}`
                    : t('common.none')}
                </Table.Td>
                <Table.Td>
                  <StatusBadge
                    tone={carrying ? 'ok' : up ? 'neutral' : 'danger'}
                    label={
                      carrying
                        ? t('vpnTunnels.detail.carrying')
                        : up
                          ? t('vpnTunnels.detail.standby')
                          : t('vpnTunnels.detail.down')
                    }
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
