import type { InventoryItem } from '@gc/contracts';
import { Anchor, Badge, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Column } from '../../../components/ui/list-page/data-table';
import { StatusBadge } from '../../../components/ui/status-badge';
import { gatewayPath, inventoryStatusTone, topologyPath } from '../utils/inventory-status';
import { checkTextKey } from '../utils/check-texts';
import { SEVERITY_COLOR } from './check-summary';

const date = (iso: string | undefined) => (iso ? iso.slice(0, 10) : '');

/** One gateway per row: links to its page and its VPC's topology, and the checks that fired on it. */
export function useInventoryColumns(): Column<InventoryItem>[] {
  const { t } = useTranslation();
  return [
    {
      id: 'name',
      header: t('inventory.columns.name'),
      cell: (item) => (
        <>
          <Anchor component={Link} to={gatewayPath(item.type, item.regionId, item.id)} fz="sm">
            {item.name || item.id}
          </Anchor>
          <Text fz="xs" c="gray.7">
            {item.id}
          </Text>
        </>
      ),
    },
    {
      id: 'type',
      header: t('inventory.columns.type'),
      cell: (item) => t(`inventory.type.${item.type}`),
    },
    { id: 'region', header: t('inventory.columns.region'), cell: (item) => item.regionId },
    {
      id: 'status',
      header: t('inventory.columns.status'),
      cell: (item) => (
        <StatusBadge
          label={t(`inventory.status.${item.status}`, { defaultValue: item.status })}
          tone={inventoryStatusTone(item.status)}
        />
      ),
    },
    {
      id: 'vpc',
      header: t('inventory.columns.vpc'),
      cell: (item) =>
        item.vpcId && (
          <Anchor
            component={Link}
            to={topologyPath(item.regionId, item.vpcId)}
            fz="sm"
            aria-label={t('inventory.openTopology', { vpc: item.vpcId })}
          >
            {item.vpcId}
          </Anchor>
        ),
    },
    {
      id: 'created',
      header: t('inventory.columns.created'),
      cell: (item) => date(item.creationTime),
    },
    {
      id: 'expires',
      header: t('inventory.columns.expires'),
      cell: (item) => date(item.expiresAt) || t('common.none'),
    },
    {
      id: 'checks',
      header: t('inventory.columns.checks'),
      cell: (item) => (
        <Group gap={4}>
          {item.findings.map((f) => (
            <Tooltip
              key={f.checkId}
              label={t(checkTextKey(f.checkId, 'explanation'))}
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
                {t(checkTextKey(f.checkId, 'title'))}
              </Badge>
            </Tooltip>
          ))}
        </Group>
      ),
    },
  ];
}
