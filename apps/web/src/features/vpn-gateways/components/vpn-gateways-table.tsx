import type { VpnGateway } from '@gc/contracts';
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { ResourceStatusBadge } from '../../../components/ui/status-badge';
import { VPN_STATUS } from '../utils/vpn-status';

/** The VPN gateways table: name/ID, status, bandwidth and spec, IPsec/SSL, VPC, public IP, expiry. */
export function VpnGatewaysTable({ items, regionId }: { items: VpnGateway[]; regionId: string }) {
  const { t, i18n } = useTranslation();
  const flag = (on: boolean) => (on ? t('common.on') : t('common.off'));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label={t('vpn.list.tableLabel')} striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('vpn.columns.name')}</Table.Th>
            <Table.Th>{t('vpn.columns.status')}</Table.Th>
            <Table.Th>{t('vpn.columns.bandwidth')}</Table.Th>
            <Table.Th>{t('vpn.columns.ipsecSsl')}</Table.Th>
            <Table.Th>{t('vpn.columns.vpc')}</Table.Th>
            <Table.Th>{t('vpn.columns.publicIp')}</Table.Th>
            <Table.Th>{t('vpn.columns.expiry')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((g) => (
            <Table.Tr key={g.id} data-row-id={g.id}>
              <Table.Td>
                <Stack gap={0}>
                  <Anchor
                    component={Link}
                    to={`/regions/${regionId}/vpn-gateways/${g.id}`}
                    fw={500}
                  >
                    {g.name || g.id}
                  </Anchor>
                  <Text fz="xs" c="dimmed" ff="monospace">
                    {g.id}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <ResourceStatusBadge table={VPN_STATUS} status={g.status} />
              </Table.Td>
              <Table.Td>
                <Text fz="sm">{t('vpn.bandwidthValue', { n: g.bandwidth })}</Text>
                <Text fz="xs" c="dimmed">
                  {t('vpn.specValue', { spec: g.spec || t('common.none') })}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text fz="sm">
                  {t('vpn.flags', { ipsec: flag(g.ipsecEnabled), ssl: flag(g.sslEnabled) })}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text fz="sm" ff="monospace">
                  {g.vpcId}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text fz="sm" ff="monospace">
                  {g.internetIp || t('common.none')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text fz="sm">
                  {g.endTime ? formatDateTime(g.endTime, i18n.language) : t('vpn.noExpiry')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
