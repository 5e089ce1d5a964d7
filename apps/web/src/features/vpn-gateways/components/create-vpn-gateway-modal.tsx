import { allowedVpnBandwidths, isDualTunnelRegion, SSL_CONNECTION_COUNTS } from '@gc/contracts';
import { Group, NativeSelect, Switch, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/ui/form-modal';
import { useCreateSubmit } from '../../../components/ui/use-create-submit';
import { formatBandwidth } from '../../../lib/format';
import { useVSwitches, useVpcs } from '../../../lib/lookups/vpcs';
import { useCreateVpnGateway } from '../api/vpn-gateways';
import {
  initialVpnValues,
  toVpnRequest,
  validateVpnCreate,
  type CreateVpnValues,
} from './create-vpn-gateway-form';
import { DualVSwitchFields } from './dual-vswitch-fields';

/** The create dialog: VPC, gateway type, two vSwitches, bandwidth from the region's offer, IPsec/SSL, name. */
export function CreateVpnGatewayModal({
  regionId,
  onClose,
}: {
  regionId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateVpnGateway(regionId);
  const form = useForm<CreateVpnValues>({
    initialValues: initialVpnValues,
    validate: validateVpnCreate(regionId, t),
    validateInputOnBlur: true,
  });
  const vpcs = useVpcs(regionId);
  const vSwitches = useVSwitches(regionId, form.values.vpcId === '' ? null : form.values.vpcId);
  const bandwidths = allowedVpnBandwidths(regionId, form.values.networkType);
  // Enhanced gateways are IPsec-only, public, with no bandwidth to buy (REFERENCE-2 §1.4).
  const enhanced = form.values.gatewayType === 'Enhanced.SiteToSite';

  const submit = useCreateSubmit({
    form,
    toRequest: toVpnRequest,
    mutation: create,
    done: (gateway) => t('vpn.create.done', { name: gateway.name || gateway.id }),
    onClose,
  });

  return (
    <FormModal
      title={t('vpn.create.title')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('vpn.create.submit')}
      pending={create.isPending}
      error={create.error}
      values={form.values}
    >
      <NativeSelect
        label={t('vpn.fields.vpc')}
        required
        {...form.getInputProps('vpcId')}
        data={[
          {
            value: '',
            label: vpcs.isPending ? t('common.loading') : t('vpn.fields.chooseVpc'),
          },
          ...(vpcs.data?.items ?? []).map((v) => ({
            value: v.id,
            label: `${v.name || v.id} (${v.id}) · ${v.cidrBlock}`,
          })),
        ]}
        onChange={(e) =>
          form.setValues({
            vpcId: e.currentTarget.value,
            vSwitchId: '',
            disasterRecoveryVSwitchId: '',
          })
        }
      />
      <DualVSwitchFields
        regionId={regionId}
        form={form}
        vSwitches={vSwitches.data?.items ?? []}
        dualRegion={isDualTunnelRegion(regionId)}
      />
      {!enhanced && (
        <>
          <Group grow align="flex-start">
            <NativeSelect
              label={t('vpn.fields.networkType')}
              data={[
                { value: 'public', label: t('vpn.networkType.public') },
                { value: 'private', label: t('vpn.networkType.private') },
              ]}
              {...form.getInputProps('networkType')}
              onChange={(e) => {
                const networkType = e.currentTarget.value === 'private' ? 'private' : 'public';
                const offer = allowedVpnBandwidths(regionId, networkType);
                const keep = offer.includes(Number(form.values.bandwidth));
                form.setValues({
                  networkType,
                  bandwidth: keep ? form.values.bandwidth : String(offer[0] ?? ''),
                });
              }}
            />
            <NativeSelect
              label={t('vpn.fields.bandwidth')}
              description={t('vpn.fields.bandwidthHint')}
              required
              data={bandwidths.map((b) => ({
                value: String(b),
                label: formatBandwidth(b, t),
              }))}
              {...form.getInputProps('bandwidth')}
            />
          </Group>
          <Group grow align="flex-start">
            <Switch
              label={t('vpn.fields.enableIpsec')}
              {...form.getInputProps('enableIpsec', { type: 'checkbox' })}
            />
            <Switch
              label={t('vpn.fields.enableSsl')}
              {...form.getInputProps('enableSsl', { type: 'checkbox' })}
            />
          </Group>
          {form.values.enableSsl && (
            <NativeSelect
              label={t('vpn.fields.sslConnections')}
              data={SSL_CONNECTION_COUNTS.map((n) => ({ value: String(n), label: String(n) }))}
              {...form.getInputProps('sslConnections')}
            />
          )}
        </>
      )}
      <TextInput
        label={t('vpn.fields.name')}
        description={t('vpn.fields.nameHint')}
        required
        {...form.getInputProps('name')}
      />
      <Textarea
        label={t('vpn.fields.description')}
        autosize
        minRows={2}
        {...form.getInputProps('description')}
      />
    </FormModal>
  );
}
