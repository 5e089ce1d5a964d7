import type { CustomerGateway } from '@gc/contracts';
import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
  PasswordInput,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePsk } from '../utils/psk';
import { AdvancedIpsecSettings } from './advanced-ipsec-settings';
import type { DualConnectionValues } from './dual-connection-form';

/**
 * One tunnel of a dual-tunnel form: its customer gateway, pre-shared key (masked; generated or
 * typed), BGP tunnel CIDR and local ASN when BGP is on, and IKE/IPsec/DPD/NAT-T under "advanced".
 */
export function TunnelFields({
  form,
  index,
  customerGateways,
  editing,
}: {
  form: UseFormReturnType<DualConnectionValues>;
  index: number;
  customerGateways: CustomerGateway[] | undefined;
  editing: boolean;
}) {
  const { t } = useTranslation();
  const [advanced, setAdvanced] = useState(false);
  const tunnel = form.values.tunnels[index];
  const role = tunnel?.role ?? 'master';
  const at = (field: string) => `tunnels.${index}.${field}`;
  const hasAdvancedError = Object.keys(form.errors).some(
    (k) => k.startsWith(at('ike.')) || k.startsWith(at('ipsec.')),
  );
  return (
    <Fieldset legend={t(`vpnTunnels.tunnel.${role}`)}>
      <Stack gap="sm">
        <NativeSelect
          label={t('vpnTunnels.customerGateway')}
          required
          description={index === 1 ? t('vpnTunnels.sameCgwHint') : undefined}
          {...form.getInputProps(at('customerGatewayId'))}
          data={[
            { value: '', label: t('vpnTunnels.chooseCgw') },
            ...(customerGateways ?? []).map((c) => ({
              value: c.id,
              label: `${c.name || c.id} · ${c.ipAddress}`,
            })),
          ]}
        />
        <Group align="flex-end" wrap="nowrap">
          <PasswordInput
            style={{ flex: 1 }}
            label={t('vpnTunnels.psk')}
            description={editing ? t('vpnTunnels.pskEditHint') : t('vpn.connections.pskHint')}
            required={!editing}
            autoComplete="new-password"
            spellCheck={false}
            visibilityToggleButtonProps={{ 'aria-label': t('vpn.connections.pskReveal') }}
            {...form.getInputProps(at('psk'))}
          />
          <Button variant="default" onClick={() => form.setFieldValue(at('psk'), generatePsk())}>
            {t('vpn.connections.pskGenerate')}
          </Button>
        </Group>
        {form.values.enableTunnelsBgp && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('vpnTunnels.tunnelCidr')}
              description={t('vpnTunnels.tunnelCidrHint')}
              required
              {...form.getInputProps(at('tunnelCidr'))}
            />
            <TextInput
              label={t('vpnTunnels.localAsn')}
              description={t('vpnTunnels.localAsnHint')}
              inputMode="numeric"
              {...form.getInputProps(at('localAsn'))}
            />
          </SimpleGrid>
        )}
        <Button
          variant="default"
          w="fit-content"
          aria-expanded={advanced || hasAdvancedError}
          onClick={() => setAdvanced((o) => !o)}
        >
          {advanced || hasAdvancedError ? t('vpn.advanced.hide') : t('vpn.advanced.show')}
        </Button>
        {(advanced || hasAdvancedError) && (
          <Stack>
            <AdvancedIpsecSettings form={form} prefix={`tunnels.${index}.`} />
          </Stack>
        )}
      </Stack>
    </Fieldset>
  );
}
