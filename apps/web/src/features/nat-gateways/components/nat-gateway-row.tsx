import type { NatGateway } from '@gc/contracts';
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { ResourceStatusBadge } from '../../../components/ui/status-badge';
import { NAT_STATUS } from '../utils/nat-status';

interface NatGatewayRowProps {
  gateway: NatGateway;
  regionId: string;
  /** Set when virtualised: the virtualiser measures the real row height. */
  measureRef?: (element: HTMLTableRowElement | null) => void;
  index?: number;
}

/** One gateway in the list: the name links to its detail page. */
export function NatGatewayRow({ gateway, regionId, measureRef, index }: NatGatewayRowProps) {
  const { t, i18n } = useTranslation();
  const type = [
    t(`nat.natType.${gateway.natType}`, { defaultValue: gateway.natType }),
    t(`nat.networkType.${gateway.networkType}`),
  ].join(' · ');
  return (
    <Table.Tr data-row-id={gateway.id} ref={measureRef} data-index={index}>
      <Table.Td>
        <Stack gap={0}>
          <Anchor component={Link} to={`/regions/${regionId}/nat-gateways/${gateway.id}`} fw={500}>
            {gateway.name || gateway.id}
          </Anchor>
          <Text fz="xs" c="dimmed" ff="monospace">
            {gateway.id}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        <ResourceStatusBadge table={NAT_STATUS} status={gateway.status} />
      </Table.Td>
      <Table.Td>
        <Text fz="sm">{type}</Text>
        <Text fz="xs" c="dimmed">
          {gateway.spec || gateway.internetChargeType}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text fz="sm" ff="monospace">
          {gateway.vpcId}
        </Text>
      </Table.Td>
      <Table.Td>
        {gateway.eips.length === 0 ? (
          <Text fz="sm">{t('common.none')}</Text>
        ) : (
          gateway.eips.map((eip) => (
            <Text key={eip.allocationId} fz="sm" ff="monospace">
              {eip.ipAddress}
            </Text>
          ))
        )}
      </Table.Td>
      <Table.Td>
        <Text fz="sm">{formatDateTime(gateway.creationTime, i18n.language)}</Text>
      </Table.Td>
    </Table.Tr>
  );
}
