import { auditOutcomeSchema } from '@gc/contracts';
import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isFiltered, type AuditSearch } from '../utils/audit-search';
import { fromLocalInput, toLocalInput } from '../utils/local-time';

interface AuditFiltersProps {
  search: AuditSearch;
  onChange: (change: Partial<AuditSearch>) => void;
}

type TextKey = 'user' | 'action' | 'resource';
const DEBOUNCE_MS = 300;

/** User, action, resource (debounced text), time range and outcome; all of them in the URL. */
export function AuditFilters({ search, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const [text, setText] = useState({
    user: search.user,
    action: search.action,
    resource: search.resource,
  });
  const [fromUrl, setFromUrl] = useState(text);
  // The URL may change under us (back button, "Clear filters"): follow it.
  if (TEXT_KEYS.some((k) => search[k] !== fromUrl[k])) {
    const next = { user: search.user, action: search.action, resource: search.resource };
    setFromUrl(next);
    setText(next);
  }
  const commit = useDebouncedCallback(
    (change: Partial<AuditSearch>) => onChange(change),
    DEBOUNCE_MS,
  );
  const textInput = (key: TextKey, label: string, placeholder?: string) => (
    <TextInput
      label={label}
      placeholder={placeholder}
      value={text[key]}
      w={200}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setText((prev) => ({ ...prev, [key]: value }));
        commit({ [key]: value.trim() });
      }}
    />
  );

  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap" role="search">
      {textInput('user', t('audit.filters.user'))}
      {textInput('action', t('audit.filters.action'), t('audit.filters.actionPlaceholder'))}
      {textInput('resource', t('audit.filters.resource'), t('audit.filters.resourcePlaceholder'))}
      <TextInput
        type="datetime-local"
        label={t('audit.filters.from')}
        value={toLocalInput(search.from)}
        w={210}
        onChange={(event) => onChange({ from: fromLocalInput(event.currentTarget.value) })}
      />
      <TextInput
        type="datetime-local"
        label={t('audit.filters.to')}
        value={toLocalInput(search.to)}
        w={210}
        onChange={(event) => onChange({ to: fromLocalInput(event.currentTarget.value) })}
      />
      <NativeSelect
        label={t('audit.filters.outcome')}
        value={search.outcome ?? ''}
        w={160}
        data={[
          { value: '', label: t('audit.filters.allOutcomes') },
          ...auditOutcomeSchema.options.map((o) => ({ value: o, label: t(`audit.outcome.${o}`) })),
        ]}
        onChange={(event) =>
          onChange({ outcome: auditOutcomeSchema.safeParse(event.currentTarget.value).data })
        }
      />
      {isFiltered(search) && (
        <Button
          variant="subtle"
          onClick={() =>
            onChange({
              user: '',
              action: '',
              resource: '',
              from: undefined,
              to: undefined,
              outcome: undefined,
            })
          }
        >
          {t('audit.filters.clear')}
        </Button>
      )}
    </Group>
  );
}

const TEXT_KEYS: TextKey[] = ['user', 'action', 'resource'];
