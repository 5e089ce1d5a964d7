import type { CustomerGateway } from '@gc/contracts';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Mono } from '../../../components/ui/list-page/columns';
import type { Column } from '../../../components/ui/list-page/data-table';
import { useCanMutate } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import type { SortValue } from '../../../lib/local-page';
import { IdCell } from '../../../components/ui/id-cell';

type CgwSortColumn = 'name' | 'ipAddress' | 'asn' | 'usedBy' | 'creationTime';

/** What each sortable column of the customer gateways sorts on (the page sorts them itself). */
export const CGW_SORT_VALUES: Record<CgwSortColumn, (c: CustomerGateway) => SortValue> = {
  name: (c) => c.name,
  ipAddress: (c) => c.ipAddress,
  asn: (c) => c.asn ?? -1,
  usedBy: (c) => c.connectionIds.length,
  creationTime: (c) => c.creationTime,
};

/** The customer gateways' columns; operators also get edit and delete buttons per row. */
export function useCustomerGatewayColumns(
  onDelete: (c: CustomerGateway) => void,
  onEdit?: (c: CustomerGateway) => void,
): Column<CustomerGateway, CgwSortColumn>[] {
  const { t, i18n } = useTranslation();
  const canMutate = useCanMutate();
  const columns: Column<CustomerGateway, CgwSortColumn>[] = [
    {
      id: 'name',
      header: t('vpn.columns.name'),
      sort: 'name',
      cell: (c) => (
        <>
          <Text fz="sm" fw={500}>
            {c.name || t('common.none')}
          </Text>
          <IdCell id={c.id} dimmed />
        </>
      ),
    },
    {
      id: 'ipAddress',
      header: t('vpn.cgw.ipAddress'),
      sort: 'ipAddress',
      cell: (c) => <Mono>{c.ipAddress}</Mono>,
    },
    { id: 'asn', header: t('vpn.cgw.asn'), sort: 'asn', cell: (c) => c.asn ?? t('common.none') },
    {
      id: 'description',
      header: t('vpn.fields.description'),
      cell: (c) => c.description || t('common.none'),
    },
    {
      id: 'usedBy',
      header: t('vpn.cgw.usedBy'),
      sort: 'usedBy',
      cell: (c) =>
        c.connectionIds.length === 0
          ? t('vpn.cgw.unused')
          : t('vpn.cgw.connections', { count: c.connectionIds.length }),
    },
    {
      id: 'creationTime',
      header: t('vpn.fields.createTime'),
      sort: 'creationTime',
      cell: (c) => formatDateTime(c.creationTime, i18n.language),
    },
  ];
  if (!canMutate) return columns;
  return [
    ...columns,
    {
      id: 'actions',
      header: t('common.actions'),
      cell: (c) => (
        <Group gap="xs" wrap="nowrap">
          {onEdit && (
            <Button
              size="xs"
              variant="default"
              aria-label={t('vpnTunnels.cgwEdit.openOne', { id: c.id })}
              onClick={() => onEdit(c)}
            >
              {t('vpnTunnels.cgwEdit.open')}
            </Button>
          )}
          <Button
            size="xs"
            variant="default"
            color="red"
            aria-label={t('vpn.cgw.deleteOne', { id: c.id })}
            onClick={() => onDelete(c)}
          >
            {t('common.delete')}
          </Button>
        </Group>
      ),
    },
  ];
}
