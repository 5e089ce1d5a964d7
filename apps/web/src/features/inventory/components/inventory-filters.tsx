import { gatewayTypeSchema } from '@gc/contracts';
import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegions } from '../../../lib/lookups/regions';
import { isFiltered, type InventorySearch } from '../utils/inventory-search';
import { KNOWN_STATUSES } from '../utils/inventory-status';

interface InventoryFiltersProps {
  search: InventorySearch;
  onChange: (change: Partial<InventorySearch>) => void;
}

const DEBOUNCE_MS = 300;

/** Type, region, status, name/ID and tag filters; all live in the URL. */
export function InventoryFilters({ search, onChange }: InventoryFiltersProps) {
  const { t } = useTranslation();
  // Every region of the account, whatever the current filter returned.
  const regions = useRegions().data?.items ?? [];
  const [text, setText] = useState({ q: search.q, tag: search.tag });
  const [url, setUrl] = useState({ q: search.q, tag: search.tag });
  // The URL may change under us (back button, "Clear filters"): follow it.
  if (search.q !== url.q || search.tag !== url.tag) {
    setUrl({ q: search.q, tag: search.tag });
    setText({ q: search.q, tag: search.tag });
  }
  const commit = useDebouncedCallback(
    (change: Partial<InventorySearch>) => onChange(change),
    DEBOUNCE_MS,
  );
  const regionIds = [
    ...new Set([...regions.map((r) => r.id), ...(search.region ? [search.region] : [])]),
  ];

  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap" role="search">
      <NativeSelect
        label={t('inventory.filters.type')}
        value={search.type ?? ''}
        w={170}
        data={[
          { value: '', label: t('inventory.filters.allTypes') },
          ...gatewayTypeSchema.options.map((v) => ({ value: v, label: t(`inventory.type.${v}`) })),
        ]}
        onChange={(e) =>
          onChange({ type: gatewayTypeSchema.safeParse(e.currentTarget.value).data })
        }
      />
      <NativeSelect
        label={t('inventory.filters.region')}
        value={search.region ?? ''}
        w={190}
        data={[
          { value: '', label: t('inventory.filters.allRegions') },
          ...regionIds.sort().map((id) => ({ value: id, label: id })),
        ]}
        onChange={(e) => onChange({ region: e.currentTarget.value || undefined })}
      />
      <NativeSelect
        label={t('inventory.filters.status')}
        value={search.status ?? ''}
        w={170}
        data={[
          { value: '', label: t('inventory.filters.allStatuses') },
          ...KNOWN_STATUSES.map((s) => ({
            value: s,
            label: t(`inventory.status.${s}`, { defaultValue: s }),
          })),
        ]}
        onChange={(e) => onChange({ status: e.currentTarget.value || undefined })}
      />
      <TextInput
        label={t('inventory.filters.search')}
        placeholder={t('inventory.filters.searchPlaceholder')}
        value={text.q}
        w={220}
        onChange={(e) => {
          const q = e.currentTarget.value;
          setText((s) => ({ ...s, q }));
          commit({ q });
        }}
      />
      <TextInput
        label={t('inventory.filters.tag')}
        placeholder={t('inventory.filters.tagPlaceholder')}
        value={text.tag}
        w={200}
        onChange={(e) => {
          const tag = e.currentTarget.value;
          setText((s) => ({ ...s, tag }));
          commit({ tag });
        }}
      />
      {isFiltered(search) && (
        <Button
          variant="subtle"
          onClick={() =>
            onChange({ type: undefined, region: undefined, status: undefined, q: '', tag: '' })
          }
        >
          {t('inventory.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
