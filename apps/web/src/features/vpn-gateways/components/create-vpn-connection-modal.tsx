import type { VpnGateway } from '@gc/contracts';
import { Anchor, NativeSelect } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useLocalSubnetPrefill } from './use-local-subnet-prefill';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormModal } from '../../../components/ui/form-modal';
import { useCreateSubmit } from '../../../components/ui/use-create-submit';
import { useVpcs } from '../../../lib/lookups/vpcs';
import { useCustomerGateways } from '../api/customer-gateways';
import { useCreateVpnConnection } from '../api/vpn-connections';
import { AdvancedIpsecSettings } from './advanced-ipsec-settings';
import {
  AdvancedToggle,
  ConnectionSubnetFields,
  EffectImmediatelySwitch,
  PskField,
} from './connection-fields';
import {
  connectionFormPath,
  hasAdvancedError,
  initialConnectionValues,
  toConnectionRequest,
  validateConnection,
  type CreateConnectionValues,
} from './create-vpn-connection-form';

/**
 * Creates an IPsec connection: customer gateway, subnets and a pre-shared key (generated, or
 * typed over; always masked unless revealed, never logged). IKE/IPsec settings keep the API's
 * defaults behind "Advanced".
 */
export function CreateVpnConnectionModal({
  gateway,
  onClose,
}: {
  gateway: VpnGateway;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateVpnConnection(gateway.regionId, gateway.id);
  const cgws = useCustomerGateways(gateway.regionId);
  const vpc = useVpcs(gateway.regionId).data?.items.find((v) => v.id === gateway.vpcId);
  const [advanced, setAdvanced] = useState(false);
  const form = useForm<CreateConnectionValues>({
    initialValues: initialConnectionValues(vpc?.cidrBlock ?? ''),
    validate: validateConnection(gateway.id, t),
    validateInputOnBlur: true,
  });
  useLocalSubnetPrefill(form, vpc?.cidrBlock);

  // An error in the advanced settings opens them, so it is seen.
  const submit = useCreateSubmit({
    form,
    toRequest: (values) => toConnectionRequest(gateway.id, values),
    mutation: create,
    done: (conn) => t('vpn.connections.created', { name: conn.name || conn.id }),
    onClose,
    formPath: connectionFormPath,
    onFailure: (_error, fields) => {
      if (hasAdvancedError(fields)) setAdvanced(true);
    },
    onInvalid: (errors) => {
      if (hasAdvancedError(errors)) setAdvanced(true);
    },
  });

  return (
    <FormModal
      title={t('vpn.connections.createTitle')}
      size="xl"
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('vpn.connections.submit')}
      pending={create.isPending}
      error={create.error}
      values={form.values}
      formPath={connectionFormPath}
    >
      <NativeSelect
        label={t('vpn.connections.customerGateway')}
        required
        description={
          <Anchor
            component={Link}
            to={`/regions/${gateway.regionId}/vpn-gateways/customer-gateways`}
            fz="xs"
          >
            {t('vpn.connections.registerCgw')}
          </Anchor>
        }
        {...form.getInputProps('customerGatewayId')}
        data={[
          {
            value: '',
            label: cgws.isPending ? t('common.loading') : t('vpn.connections.chooseCgw'),
          },
          ...(cgws.data?.items ?? []).map((c) => ({
            value: c.id,
            label: `${c.name || c.id} · ${c.ipAddress}`,
          })),
        ]}
      />
      <ConnectionSubnetFields inputProps={form.getInputProps} hints />
      <PskField
        inputProps={form.getInputProps}
        onGenerate={(psk) => form.setFieldValue('psk', psk)}
        label={t('vpn.connections.psk')}
        description={t('vpn.connections.pskHint')}
        required
      />
      <EffectImmediatelySwitch inputProps={form.getInputProps} hint />
      <AdvancedToggle open={advanced} setOpen={setAdvanced} id="vpn-advanced-settings">
        <AdvancedIpsecSettings form={form} />
      </AdvancedToggle>
    </FormModal>
  );
}
