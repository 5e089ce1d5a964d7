import { auditOutcomeSchema, type AuditListQuery } from '@gc/contracts';
import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ClearFilters,
  FilterBar,
  SelectFilter,
  TextFilter,
} from '../../../components/ui/list-page/list-filters';
import { fromLocalInput, toLocalInput } from '../utils/local-time';

interface AuditFiltersProps {
  search: AuditListQuery;
  filtered: boolean;
  onChange: (change: Partial<AuditListQuery>) => void;
}

// The text filters: query key, label and placeholder (`resourceId` is `resource` in the URL).
const TEXT_FILTERS = [
  ['user', 'audit.filters.user', undefined],
  ['action', 'audit.filters.action', 'audit.filters.actionPlaceholder'],
  ['resourceId', 'audit.filters.resource', 'audit.filters.resourcePlaceholder'],
] as const;

/** User, action, resource (debounced text), time range and outcome; all of them in the URL. */
export function AuditFilters({ search, filtered, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const dateInput = (key: 'from' | 'to') => (
    <TextInput
      type="datetime-local"
      label={t(`audit.filters.${key}`)}
      value={toLocalInput(search[key])}
      w={210}
      onChange={(event) => onChange({ [key]: fromLocalInput(event.currentTarget.value) })}
    />
  );
  return (
    <FilterBar>
      {TEXT_FILTERS.map(([key, label, placeholder]) => (
        <TextFilter
          key={key}
          label={t(label)}
          placeholder={placeholder && t(placeholder)}
          value={search[key]}
          w={200}
          onChange={(value) => onChange({ [key]: value })}
        />
      ))}
      {dateInput('from')}
      {dateInput('to')}
      <SelectFilter
        label={t('audit.filters.outcome')}
        allLabel={t('audit.filters.allOutcomes')}
        value={search.outcome}
        w={160}
        options={auditOutcomeSchema.options.map((o) => ({
          value: o,
          label: t(`audit.outcome.${o}`),
        }))}
        onChange={(outcome) => onChange({ outcome })}
      />
      <ClearFilters
        shown={filtered}
        label={t('audit.filters.clear')}
        onClear={() =>
          onChange({
            user: undefined,
            action: undefined,
            resourceId: undefined,
            from: undefined,
            to: undefined,
            outcome: undefined,
          })
        }
      />
    </FilterBar>
  );
}
