import type { InventoryItem } from '@gc/contracts';
import { Anchor, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusBadge } from '../../../components/ui/status-badge';
import { gatewayPath, inventoryStatusTone, topologyPath } from '../utils/inventory-status';
import { SEVERITY_COLOR } from './check-summary';

interface InventoryRowProps {
  item: InventoryItem;
  index?: number;
  measureRef?: (el: HTMLTableRowElement | null) => void;
}

const date = (iso: string | undefined) => (iso ? iso.slice(0, 10) : '');

/** One gateway: links to its page and its VPC's topology, and the checks that fired on it. */
export function InventoryRow({ item, index, measureRef }: InventoryRowProps) {
  const { t } = useTranslation();
  return (
    <Table.Tr ref={measureRef} data-index={index} data-gateway={item.id}>
      <Table.Td>
        <Anchor component={Link} to={gatewayPath(item.type, item.regionId, item.id)} fz="sm">
          {item.name || item.id}
        </Anchor>
        <Text fz="xs" c="gray.7">
          {item.id}
        </Text>
      </Table.Td>
      <Table.Td>{t(`inventory.type.${item.type}`)}</Table.Td>
      <Table.Td>{item.regionId}</Table.Td>
      <Table.Td>
        <StatusBadge
          label={t(`inventory.status.${item.status}`, { defaultValue: item.status })}
          tone={inventoryStatusTone(item.status)}
        />
      </Table.Td>
      <Table.Td>
        {item.vpcId && (
          <Anchor
            component={Link}
            to={topologyPath(item.regionId, item.vpcId)}
            fz="sm"
            aria-label={t('inventory.openTopology', { vpc: item.vpcId })}
          >
            {item.vpcId}
          </Anchor>
        )}
      </Table.Td>
      <Table.Td>{date(item.createdAt)}</Table.Td>
      <Table.Td>{date(item.expiresAt) || t('common.none')}</Table.Td>
      <Table.Td>
        <Group gap={4}>
          {item.findings.map((f) => (
            <Tooltip
              key={f.checkId}
              label={t(`inventory.check.${f.checkId}.explanation`)}
              multiline
              w={280}
            >
              <Badge
                color={SEVERITY_COLOR[f.severity]}
                variant="light"
                c="dark.7"
                size="sm"
                tabIndex={0}
                data-check={f.checkId}
              >
                {t(`inventory.check.${f.checkId}.title`)}
              </Badge>
            </Tooltip>
          ))}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
