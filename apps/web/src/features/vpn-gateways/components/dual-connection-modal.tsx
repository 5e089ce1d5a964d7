import type { VpnConnection, VpnGateway } from '@gc/contracts';
import { Alert, Switch } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/ui/form-modal';
import { useCreateSubmit } from '../../../components/ui/use-create-submit';
import { useVpcs } from '../../../lib/lookups/vpcs';
import { useCustomerGateways } from '../api/customer-gateways';
import { useUpdateVpnConnection } from '../api/vpn-connection-edits';
import { useCreateVpnConnection } from '../api/vpn-connections';
import { BusyGatewayNotice } from './busy-gateway-notice';
import { ConnectionSubnetFields, EffectImmediatelySwitch } from './connection-fields';
import {
  dualFormPath,
  initialDualValues,
  toDualCreateRequest,
  toDualUpdateRequest,
  validateDual,
  type DualConnectionValues,
} from './dual-connection-form';
import { TunnelFields } from './tunnel-fields';
import { useLocalSubnetPrefill } from './use-local-subnet-prefill';

/**
 * Creates a dual-tunnel IPsec connection, or edits one (`connection` given: the same form,
 * filled, keys left empty = unchanged). Per tunnel: customer gateway, key, BGP, IKE/IPsec.
 */
export function DualConnectionModal({
  gateway,
  connection,
  onClose,
}: {
  gateway: VpnGateway;
  connection?: VpnConnection;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const editing = connection !== undefined;
  const create = useCreateVpnConnection(gateway.regionId, gateway.id);
  const update = useUpdateVpnConnection(gateway.regionId, gateway.id, connection?.id ?? '');
  const cgws = useCustomerGateways(gateway.regionId);
  const vpc = useVpcs(gateway.regionId).data?.items.find((v) => v.id === gateway.vpcId);
  const form = useForm<DualConnectionValues>({
    initialValues: initialDualValues(vpc?.cidrBlock ?? '', connection),
    validate: validateDual(gateway.id, editing, t),
    validateInputOnBlur: true,
  });
  // Editing starts from the connection's own subnets: nothing to fill in.
  useLocalSubnetPrefill(form, editing ? undefined : vpc?.cidrBlock);
  const createSubmit = useCreateSubmit({
    form,
    toRequest: (v) => toDualCreateRequest(gateway.id, v),
    mutation: create,
    done: (conn) => t('vpn.connections.created', { name: conn.name || conn.id }),
    onClose,
    formPath: dualFormPath,
  });
  const updateSubmit = useCreateSubmit({
    form,
    toRequest: toDualUpdateRequest,
    mutation: update,
    done: (conn) => t('vpnTunnels.saved', { name: conn.name || conn.id }),
    onClose,
    formPath: dualFormPath,
  });
  const submit = editing ? updateSubmit : createSubmit;
  const mutation = editing ? update : create;
  return (
    <FormModal
      title={editing ? t('vpnTunnels.editTitle') : t('vpn.connections.createTitle')}
      size="xl"
      onClose={onClose}
      onSubmit={submit}
      submitLabel={editing ? t('vpnTunnels.save') : t('vpn.connections.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      values={form.values}
      formPath={dualFormPath}
    >
      <Alert color="blue">{t('vpnTunnels.dualHint')}</Alert>
      <BusyGatewayNotice error={mutation.error} onRetry={() => submit()} />
      <ConnectionSubnetFields inputProps={form.getInputProps} hints />
      <EffectImmediatelySwitch inputProps={form.getInputProps} hint />
      <Switch
        label={t('vpnTunnels.enableTunnelsBgp')}
        description={t('vpnTunnels.enableTunnelsBgpHint')}
        {...form.getInputProps('enableTunnelsBgp', { type: 'checkbox' })}
      />
      {form.values.tunnels.map((tun, i) => (
        <TunnelFields
          key={tun.role}
          form={form}
          index={i}
          customerGateways={cgws.data?.items}
          editing={editing}
        />
      ))}
    </FormModal>
  );
}
