import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useVpcs } from '../../../lib/lookups/vpcs';
import type { StatusTable } from '../../../lib/resource-status';
import { ClearFilters, FilterBar, SelectFilter, TextFilter } from './list-filters';

/** The filters every gateway list has. */
export interface GatewayFilterValues<S extends string> {
  q?: string;
  status?: S;
  vpcId?: string;
}

interface GatewayFiltersProps<S extends string> {
  /** The feature's i18n namespace: `<ns>.filters.search`, `.status`, `.vpc`, `.clear`… */
  ns: 'nat' | 'vpn' | 'ipv6';
  regionId: string;
  statuses: readonly S[];
  statusTable: StatusTable;
  /** The URL's filters. */
  search: GatewayFilterValues<S>;
  /** The search box's text: typed ahead of the URL (see `useTypedSearch`), else the URL's. */
  q: string;
  filtered: boolean;
  /** Each keystroke in the search box. */
  onType: (q: string) => void;
  onChange: (change: GatewayFilterValues<S>) => void;
}

function GatewayFiltersImpl<S extends string>(props: GatewayFiltersProps<S>) {
  const { ns, search, onType, onChange } = props;
  const { t } = useTranslation();
  const vpcs = useVpcs(props.regionId);
  return (
    <FilterBar>
      <TextFilter
        label={t(`${ns}.filters.search`)}
        placeholder={t(`${ns}.filters.searchPlaceholder`)}
        value={props.q}
        w={260}
        debounceMs={0}
        onChange={onType}
      />
      <SelectFilter
        label={t(`${ns}.filters.status`)}
        allLabel={t(`${ns}.filters.allStatuses`)}
        value={search.status}
        options={props.statuses.map((s) => ({
          value: s,
          label: t(props.statusTable.labelKey(s), { defaultValue: s as string }),
        }))}
        onChange={(status) => onChange({ status })}
      />
      <SelectFilter
        label={t(`${ns}.filters.vpc`)}
        allLabel={t(`${ns}.filters.allVpcs`)}
        value={search.vpcId}
        w={260}
        options={(vpcs.data?.items ?? []).map((v) => ({
          value: v.id,
          label: `${v.name} (${v.id})`,
        }))}
        onChange={(vpcId) => onChange({ vpcId })}
      />
      <ClearFilters
        shown={props.filtered}
        label={t(`${ns}.filters.clear`)}
        onClear={() => onChange({ q: undefined, status: undefined, vpcId: undefined })}
      />
    </FilterBar>
  );
}

/**
 * Name/ID search (each keystroke narrows the rows at once; the URL follows when typing settles),
 * status and VPC filters; all of them live in the URL.
 */
export const GatewayFilters = memo(GatewayFiltersImpl) as typeof GatewayFiltersImpl;
