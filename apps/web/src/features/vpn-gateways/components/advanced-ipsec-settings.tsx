import { DH_GROUPS, IKE_AUTH_ALGS, IKE_ENC_ALGS } from '@gc/contracts';
import { NativeSelect, NumberInput, SimpleGrid, Switch, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CreateConnectionValues } from './create-vpn-connection-form';

const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

/**
 * IKE (phase 1) and IPsec (phase 2) settings with the API's defaults; shown on request. `prefix`
 * places them in a nested part of the form (`tunnels.0.`: one tunnel of a dual-tunnel form).
 */
export function AdvancedIpsecSettings<V = CreateConnectionValues>({
  form,
  prefix = '',
}: {
  form: UseFormReturnType<V>;
  prefix?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={3} fz="sm">
        {t('vpn.advanced.ike')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NativeSelect
          label={t('vpn.advanced.ikeVersion')}
          data={options(['ikev1', 'ikev2'])}
          {...form.getInputProps(`${prefix}ike.ikeVersion`)}
        />
        <NativeSelect
          label={t('vpn.advanced.ikeMode')}
          data={[
            { value: 'main', label: t('vpn.advanced.modeMain') },
            { value: 'aggressive', label: t('vpn.advanced.modeAggressive') },
          ]}
          {...form.getInputProps(`${prefix}ike.ikeMode`)}
        />
        <NativeSelect
          label={t('vpn.advanced.ikeEncAlg')}
          data={options(IKE_ENC_ALGS)}
          {...form.getInputProps(`${prefix}ike.ikeEncAlg`)}
        />
        <NativeSelect
          label={t('vpn.advanced.ikeAuthAlg')}
          data={options(IKE_AUTH_ALGS)}
          {...form.getInputProps(`${prefix}ike.ikeAuthAlg`)}
        />
        <NativeSelect
          label={t('vpn.advanced.ikePfs')}
          data={options(DH_GROUPS)}
          {...form.getInputProps(`${prefix}ike.ikePfs`)}
        />
        <NumberInput
          label={t('vpn.advanced.ikeLifetime')}
          min={0}
          max={86400}
          allowDecimal={false}
          {...form.getInputProps(`${prefix}ike.ikeLifetime`)}
        />
        <TextInput
          label={t('vpn.advanced.localId')}
          placeholder={t('vpn.advanced.idPlaceholder')}
          {...form.getInputProps(`${prefix}ike.localId`)}
        />
        <TextInput
          label={t('vpn.advanced.remoteId')}
          placeholder={t('vpn.advanced.idPlaceholder')}
          {...form.getInputProps(`${prefix}ike.remoteId`)}
        />
      </SimpleGrid>
      <Title order={3} fz="sm">
        {t('vpn.advanced.ipsec')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NativeSelect
          label={t('vpn.advanced.ipsecEncAlg')}
          data={options(IKE_ENC_ALGS)}
          {...form.getInputProps(`${prefix}ipsec.ipsecEncAlg`)}
        />
        <NativeSelect
          label={t('vpn.advanced.ipsecAuthAlg')}
          data={options(IKE_AUTH_ALGS)}
          {...form.getInputProps(`${prefix}ipsec.ipsecAuthAlg`)}
        />
        <NativeSelect
          label={t('vpn.advanced.ipsecPfs')}
          data={[
            { value: 'disabled', label: t('vpn.advanced.pfsDisabled') },
            ...options(DH_GROUPS),
          ]}
          {...form.getInputProps(`${prefix}ipsec.ipsecPfs`)}
        />
        <NumberInput
          label={t('vpn.advanced.ipsecLifetime')}
          min={0}
          max={86400}
          allowDecimal={false}
          {...form.getInputProps(`${prefix}ipsec.ipsecLifetime`)}
        />
        <Switch
          label={t('vpn.advanced.dpd')}
          {...form.getInputProps(`${prefix}enableDpd`, { type: 'checkbox' })}
        />
        <Switch
          label={t('vpn.advanced.natTraversal')}
          {...form.getInputProps(`${prefix}enableNatTraversal`, { type: 'checkbox' })}
        />
      </SimpleGrid>
    </>
  );
}
