import type { Ipv6Gateway } from '@gc/contracts';
import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useVpcs } from '../../../lib/lookups/vpcs';
import { formatDateTime } from '../../../lib/format';
import { SortHeader } from '../../../components/ui/sort-header';
import type { Ipv6Sort } from '../utils/ipv6-list-search';
import { ResourceStatusBadge } from '../../../components/ui/status-badge';
import { IPV6_STATUS } from '../utils/ipv6-status';

interface Props {
  items: Ipv6Gateway[];
  regionId: string;
  sort: Ipv6Sort | undefined;
  onSortChange: (sort: Ipv6Sort | undefined) => void;
}

function nextSort(current: Ipv6Sort | undefined, column: 'name' | 'creationTime' | 'status') {
  if (current === column) return `-${column}` as Ipv6Sort;
  if (current === `-${column}`) return undefined;
  return column;
}

/** The IPv6 gateways table: name and ID, status, spec, VPC, creation time and tags. */
export function Ipv6GatewaysTable({ items, regionId, sort, onSortChange }: Props) {
  const { t, i18n } = useTranslation();
  // The filters already load the region's VPCs (same query, cached): show names next to IDs.
  const vpcs = useVpcs(regionId);
  const vpcName = new Map((vpcs.data?.items ?? []).map((v) => [v.id, v.name]));
  const onSort = (column: 'name' | 'creationTime' | 'status') =>
    onSortChange(nextSort(sort, column));
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table aria-label={t('ipv6.list.tableLabel')} striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <SortHeader column="name" label={t('ipv6.columns.name')} sort={sort} onSort={onSort} />
            <SortHeader
              column="status"
              label={t('ipv6.columns.status')}
              sort={sort}
              onSort={onSort}
            />
            <Table.Th>{t('ipv6.columns.spec')}</Table.Th>
            <Table.Th>{t('ipv6.columns.vpc')}</Table.Th>
            <SortHeader
              column="creationTime"
              label={t('ipv6.columns.creationTime')}
              sort={sort}
              onSort={onSort}
            />
            <Table.Th>{t('ipv6.columns.tags')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((g) => (
            <Table.Tr key={g.id} data-row-id={g.id}>
              <Table.Td>
                <Stack gap={0}>
                  <Anchor
                    component={Link}
                    to={`/regions/${regionId}/ipv6-gateways/${g.id}`}
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
                <ResourceStatusBadge table={IPV6_STATUS} status={g.status} />
              </Table.Td>
              <Table.Td>
                <Text fz="sm">{g.spec || t('ipv6.spec.none')}</Text>
              </Table.Td>
              <Table.Td>
                {vpcName.get(g.vpcId) && <Text fz="sm">{vpcName.get(g.vpcId)}</Text>}
                <Text fz="xs" c="dimmed" ff="monospace">
                  {g.vpcId}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text fz="sm">{formatDateTime(g.creationTime, i18n.language)}</Text>
              </Table.Td>
              <Table.Td>
                {g.tags.length === 0 ? (
                  <Text fz="sm">{t('common.none')}</Text>
                ) : (
                  <Group gap={4}>
                    {g.tags.map((tag) => (
                      <Badge key={tag.key} variant="light" color="gray" tt="none" c="dark.7">
                        {tag.value ? `${tag.key}: ${tag.value}` : tag.key}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
