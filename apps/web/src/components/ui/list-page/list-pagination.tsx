import { Group, NativeSelect, Pagination, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZES } from '../../../lib/page-sizes';

export interface ListPaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onChange: (change: { page?: number; pageSize?: number }) => void;
  /** The count line, e.g. "42 entries"; "42 gateways" by default. */
  totalText?: string;
  /** The accessible name of the rows-per-page select; "Rows per page" by default. */
  pageSizeLabel?: string;
  pageSizes?: readonly number[];
}

/** Page links, page size and the total count; memoised (a keystroke leaves it alone). */
export const ListPagination = memo(function ListPagination(props: ListPaginationProps) {
  const { page, pageSize, total, onChange, pageSizes = PAGE_SIZES } = props;
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" mt="md" wrap="wrap">
      <Text fz="sm" role="status">
        {props.totalText ?? t('nat.list.total', { count: total })}
      </Text>
      <Group gap="sm">
        <NativeSelect
          aria-label={props.pageSizeLabel ?? t('nat.list.pageSize')}
          size="xs"
          value={String(pageSize)}
          data={pageSizes.map((n) => ({ value: String(n), label: t('nat.list.perPage', { n }) }))}
          onChange={(event) => onChange({ pageSize: Number(event.currentTarget.value) })}
        />
        <Pagination
          total={pages}
          value={Math.min(page, pages)}
          onChange={(p) => onChange({ page: p })}
          size="sm"
          getItemProps={(p) => ({ 'aria-label': t('nat.list.goToPage', { page: p }) })}
          getControlProps={(control) => ({ 'aria-label': t(`nat.list.${control}Page`) })}
        />
      </Group>
    </Group>
  );
});
