import type { InventoryItem } from '@gc/contracts';
import { Anchor, Badge, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Column } from '../../../components/ui/list-page/data-table';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatDate } from '../../../lib/format';
import { useRegionName } from '../../../lib/lookups/regions';
import { gatewayPath, inventoryStatusTone, topologyPath } from '../utils/inventory-status';
import { checkTextKey } from '../utils/check-texts';
import { SEVERITY_COLOR } from './check-summary';
import { IdCell } from '../../../components/ui/id-cell';

// A date never wraps ("2025-12-" / "02"): the column grows instead, inside the table's scroller.
const noWrap = { whiteSpace: 'nowrap' } as const;

/** One gateway per row: links to its page and its VPC's topology, and the checks that fired on it. */
export function useInventoryColumns(): Column<InventoryItem>[] {
  const { t, i18n } = useTranslation();
  const regionName = useRegionName();
  const date = (iso: string | undefined) => formatDate(iso, i18n.language);
  return [
    {
      id: 'name',
      header: t('inventory.columns.name'),
      cell: (item) => (
        <>
          <Anchor component={Link} to={gatewayPath(item.type, item.regionId, item.id)} fz="sm">
            {item.name || item.id}
          </Anchor>
          <IdCell id={item.id} dimmed />
        </>
      ),
    },
    {
      id: 'type',
      header: t('inventory.columns.type'),
      cell: (item) => t(`inventory.type.${item.type}`),
    },
    {
      id: 'region',
      header: t('inventory.columns.region'),
      // The name the region switcher uses, its ID below (what the filters and exports carry).
      cell: (item) => (
        <>
          <Text fz="sm">{regionName(item.regionId)}</Text>
          <Text fz="xs" c="dimmed">
            {item.regionId}
          </Text>
        </>
      ),
    },
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
      cell: (item) => (
        <Text fz="sm" style={noWrap}>
          {date(item.creationTime)}
        </Text>
      ),
    },
    {
      id: 'expires',
      header: t('inventory.columns.expires'),
      cell: (item) => (
        <Text fz="sm" style={noWrap}>
          {date(item.expiresAt) || t('common.none')}
        </Text>
      ),
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
                c="var(--mantine-color-text)"
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
