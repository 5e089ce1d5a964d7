import { gatewayTypeSchema, type InventoryQuery } from '@gc/contracts';
import { useTranslation } from 'react-i18next';
import {
  ClearFilters,
  FilterBar,
  SelectFilter,
  TextFilter,
} from '../../../components/ui/list-page/list-filters';
import { useRegionName, useRegions } from '../../../lib/lookups/regions';
import { KNOWN_STATUSES } from '../utils/inventory-status';

interface InventoryFiltersProps {
  search: InventoryQuery;
  filtered: boolean;
  onChange: (change: Partial<InventoryQuery>) => void;
}

/** Type, region, status, name/ID and tag filters; all live in the URL. */
export function InventoryFilters({ search, filtered, onChange }: InventoryFiltersProps) {
  const { t } = useTranslation();
  // Every region of the account, whatever the current filter returned.
  const regions = useRegions().data?.items ?? [];
  const regionName = useRegionName();
  const regionIds = [
    ...new Set([...regions.map((r) => r.id), ...(search.region ? [search.region] : [])]),
  ];

  return (
    <FilterBar>
      <SelectFilter
        label={t('inventory.filters.type')}
        allLabel={t('inventory.filters.allTypes')}
        value={search.type}
        w={170}
        options={gatewayTypeSchema.options.map((v) => ({
          value: v,
          label: t(`inventory.type.${v}`),
        }))}
        onChange={(type) => onChange({ type })}
      />
      <SelectFilter
        label={t('inventory.filters.region')}
        allLabel={t('inventory.filters.allRegions')}
        value={search.region}
        w={190}
        options={regionIds.sort().map((id) => ({ value: id, label: regionName(id) }))}
        onChange={(region) => onChange({ region })}
      />
      <SelectFilter
        label={t('inventory.filters.status')}
        allLabel={t('inventory.filters.allStatuses')}
        value={search.status}
        w={170}
        options={KNOWN_STATUSES.map((s) => ({
          value: s,
          label: t(`inventory.status.${s}`, { defaultValue: s }),
        }))}
        onChange={(status) => onChange({ status })}
      />
      <TextFilter
        label={t('inventory.filters.search')}
        placeholder={t('inventory.filters.searchPlaceholder')}
        value={search.q}
        onChange={(q) => onChange({ q })}
      />
      <TextFilter
        label={t('inventory.filters.tag')}
        placeholder={t('inventory.filters.tagPlaceholder')}
        value={search.tag}
        w={200}
        onChange={(tag) => onChange({ tag })}
      />
      <ClearFilters
        shown={filtered}
        label={t('inventory.filters.clear')}
        onClear={() =>
          onChange({
            type: undefined,
            region: undefined,
            status: undefined,
            q: undefined,
            tag: undefined,
          })
        }
      />
    </FilterBar>
  );
}
