import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useVpcs } from '../../../lib/lookups/vpcs';
import type { StatusTable } from '../../../lib/resource-status';
import { ClearFilters, FilterBar, SelectFilter, TextFilter } from './list-filters';
import { useStableCallback } from './use-stable-callback';

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
  // Stable options and callbacks keep the selects out of a keystroke's render.
  const onStatus = useStableCallback((status: S | undefined) => onChange({ status }));
  const onVpc = useStableCallback((vpcId: string | undefined) => onChange({ vpcId }));
  const onClear = useStableCallback(() =>
    onChange({ q: undefined, status: undefined, vpcId: undefined }),
  );
  const { statuses, statusTable } = props;
  const statusOptions = useMemo(
    () =>
      statuses.map((s) => ({
        value: s,
        label: t(statusTable.labelKey(s), { defaultValue: s as string }),
      })),
    [statuses, statusTable, t],
  );
  const vpcItems = vpcs.data?.items;
  const vpcOptions = useMemo(
    () => (vpcItems ?? []).map((v) => ({ value: v.id, label: `${v.name} (${v.id})` })),
    [vpcItems],
  );
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
        options={statusOptions}
        onChange={onStatus}
      />
      <SelectFilter
        label={t(`${ns}.filters.vpc`)}
        allLabel={t(`${ns}.filters.allVpcs`)}
        value={search.vpcId}
        w={260}
        options={vpcOptions}
        onChange={onVpc}
      />
      <ClearFilters shown={props.filtered} label={t(`${ns}.filters.clear`)} onClear={onClear} />
    </FilterBar>
  );
}

/**
 * Name/ID search (each keystroke narrows the rows at once; the URL follows when typing settles),
 * status and VPC filters; all of them live in the URL.
 */
export const GatewayFilters = memo(GatewayFiltersImpl) as typeof GatewayFiltersImpl;
