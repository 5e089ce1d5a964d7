import { Group, NativeSelect, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZES } from '../../lib/page-sizes';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onChange: (change: { page?: number; pageSize?: number }) => void;
}

/** Page links, page size and the total count. */
export function ListPagination({ page, pageSize, total, onChange }: PaginationProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" mt="md" wrap="wrap">
      <Text fz="sm" role="status">
        {t('nat.list.total', { count: total })}
      </Text>
      <Group gap="sm">
        <NativeSelect
          aria-label={t('nat.list.pageSize')}
          size="xs"
          value={String(pageSize)}
          data={PAGE_SIZES.map((n) => ({ value: String(n), label: t('nat.list.perPage', { n }) }))}
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
}
