import {
  updateVpnConnectionSchema,
  type UpdateVpnConnectionInput,
  type VpnConnection,
  type VpnGateway,
} from '@gc/contracts';
import { Button, Group, PasswordInput, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/ui/form-modal';
import { useCreateSubmit } from '../../../components/ui/use-create-submit';
import { optional, validateWith } from '../../../lib/form-validation';
import { useUpdateVpnConnection } from '../api/vpn-connection-edits';
import { generatePsk } from '../utils/psk';
import { AdvancedIpsecSettings } from './advanced-ipsec-settings';
import { BusyGatewayNotice } from './busy-gateway-notice';
import { connectionFormPath, type CreateConnectionValues } from './create-vpn-connection-form';
import { formIke, formIpsec } from './dual-connection-form';

/** The single-tunnel form filled from a connection (the key empty: unchanged unless typed). */
function filled(c: VpnConnection): CreateConnectionValues {
  return {
    customerGatewayId: c.customerGatewayId,
    name: c.name,
    localSubnet: c.localSubnets.join(','),
    remoteSubnet: c.remoteSubnets.join(','),
    psk: '',
    effectImmediately: c.effectImmediately,
    enableDpd: c.enableDpd,
    enableNatTraversal: c.enableNatTraversal,
    ike: formIke(c.ikeConfig),
    ipsec: formIpsec(c.ipsecConfig),
  };
}

const toRequest = (v: CreateConnectionValues): UpdateVpnConnectionInput => ({
  name: optional(v.name),
  localSubnet: v.localSubnet,
  remoteSubnet: v.remoteSubnet,
  psk: optional(v.psk),
  effectImmediately: v.effectImmediately,
  enableDpd: v.enableDpd,
  enableNatTraversal: v.enableNatTraversal,
  ikeConfig: { ...v.ike, localId: optional(v.ike.localId), remoteId: optional(v.ike.remoteId) },
  ipsecConfig: v.ipsec,
});

/** Edits a single-tunnel connection: the create form, filled (its customer gateway stays). */
export function EditVpnConnectionModal({
  gateway,
  connection,
  onClose,
}: {
  gateway: VpnGateway;
  connection: VpnConnection;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateVpnConnection(gateway.regionId, gateway.id, connection.id);
  const [advanced, setAdvanced] = useState(false);
  const form = useForm<CreateConnectionValues>({
    initialValues: filled(connection),
    validate: validateWith(updateVpnConnectionSchema, toRequest, t, connectionFormPath),
    validateInputOnBlur: true,
  });
  const submit = useCreateSubmit({
    form,
    toRequest,
    mutation: update,
    done: (c) => t('vpnTunnels.saved', { name: c.name || c.id }),
    onClose,
    formPath: connectionFormPath,
    onInvalid: () => setAdvanced(true),
  });
  return (
    <FormModal
      title={t('vpnTunnels.editTitle')}
      size="xl"
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('vpnTunnels.save')}
      pending={update.isPending}
      error={update.error}
      values={form.values}
      formPath={connectionFormPath}
    >
      <BusyGatewayNotice error={update.error} onRetry={() => submit()} />
      <TextInput label={t('vpn.fields.name')} {...form.getInputProps('name')} />
      <TextInput
        label={t('vpn.connections.localSubnet')}
        required
        {...form.getInputProps('localSubnet')}
      />
      <TextInput
        label={t('vpn.connections.remoteSubnet')}
        required
        {...form.getInputProps('remoteSubnet')}
      />
      <Group align="flex-end" wrap="nowrap">
        <PasswordInput
          style={{ flex: 1 }}
          label={t('vpnTunnels.psk')}
          description={t('vpnTunnels.pskEditHint')}
          autoComplete="new-password"
          spellCheck={false}
          visibilityToggleButtonProps={{ 'aria-label': t('vpn.connections.pskReveal') }}
          {...form.getInputProps('psk')}
        />
        <Button variant="default" onClick={() => form.setFieldValue('psk', generatePsk())}>
          {t('vpn.connections.pskGenerate')}
        </Button>
      </Group>
      <Switch
        label={t('vpn.connections.effectImmediately')}
        {...form.getInputProps('effectImmediately', { type: 'checkbox' })}
      />
      <Button
        variant="default"
        w="fit-content"
        aria-expanded={advanced}
        onClick={() => setAdvanced((o) => !o)}
      >
        {advanced ? t('vpn.advanced.hide') : t('vpn.advanced.show')}
      </Button>
      {advanced && (
        <Stack>
          <AdvancedIpsecSettings form={form} />
        </Stack>
      )}
    </FormModal>
  );
}
