import { vpnGatewayStatusSchema } from '@gc/contracts';
import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVpcs } from '../../../lib/lookups/vpcs';
import type { VpnListSearch } from '../utils/vpn-list-search';

interface Props {
  regionId: string;
  search: VpnListSearch;
  onChange: (change: Partial<VpnListSearch>) => void;
}

/** Name/ID search (debounced), status and VPC filters; all of them live in the URL. */
export function VpnGatewaysFilters({ regionId, search, onChange }: Props) {
  const { t } = useTranslation();
  const vpcs = useVpcs(regionId);
  const [text, setText] = useState(search.q);
  const [urlQ, setUrlQ] = useState(search.q);
  if (search.q !== urlQ) {
    setUrlQ(search.q);
    setText(search.q);
  }
  const commitText = useDebouncedCallback((q: string) => onChange({ q }), 300);
  const filtered = search.q !== '' || search.status !== undefined || search.vpcId !== undefined;
  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap" role="search">
      <TextInput
        label={t('vpn.filters.search')}
        placeholder={t('vpn.filters.searchPlaceholder')}
        value={text}
        w={260}
        onChange={(event) => {
          setText(event.currentTarget.value);
          commitText(event.currentTarget.value);
        }}
      />
      <NativeSelect
        label={t('vpn.filters.status')}
        value={search.status ?? ''}
        w={180}
        data={[
          { value: '', label: t('vpn.filters.allStatuses') },
          ...vpnGatewayStatusSchema.options.map((s) => ({ value: s, label: t(`vpn.status.${s}`) })),
        ]}
        onChange={(event) =>
          onChange({ status: vpnGatewayStatusSchema.safeParse(event.currentTarget.value).data })
        }
      />
      <NativeSelect
        label={t('vpn.filters.vpc')}
        value={search.vpcId ?? ''}
        w={260}
        data={[
          { value: '', label: t('vpn.filters.allVpcs') },
          ...(vpcs.data?.items ?? []).map((v) => ({ value: v.id, label: `${v.name} (${v.id})` })),
        ]}
        onChange={(event) => onChange({ vpcId: event.currentTarget.value || undefined })}
      />
      {filtered && (
        <Button
          variant="default"
          onClick={() => onChange({ q: '', status: undefined, vpcId: undefined })}
        >
          {t('vpn.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
