import {
  updateVpnConnectionSchema,
  type UpdateVpnConnectionInput,
  type VpnConnection,
  type VpnGateway,
} from '@gc/contracts';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/ui/form-modal';
import { useCreateSubmit } from '../../../components/ui/use-create-submit';
import { optional, validateWith } from '../../../lib/form-validation';
import { useUpdateVpnConnection } from '../api/vpn-connection-edits';
import { AdvancedIpsecSettings } from './advanced-ipsec-settings';
import {
  AdvancedToggle,
  ConnectionSubnetFields,
  EffectImmediatelySwitch,
  PskField,
} from './connection-fields';
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
      <ConnectionSubnetFields inputProps={form.getInputProps} hints={false} />
      <PskField
        inputProps={form.getInputProps}
        onGenerate={(psk) => form.setFieldValue('psk', psk)}
        label={t('vpnTunnels.psk')}
        description={t('vpnTunnels.pskEditHint')}
        required={false}
      />
      <EffectImmediatelySwitch inputProps={form.getInputProps} hint={false} />
      <AdvancedToggle open={advanced} setOpen={setAdvanced}>
        <AdvancedIpsecSettings form={form} />
      </AdvancedToggle>
    </FormModal>
  );
}
