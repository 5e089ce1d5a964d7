import {
  createSslVpnServerSchema,
  SSL_VPN_CIPHERS,
  SSL_VPN_PROTOCOLS,
  type CreateSslVpnServerRequest,
  type SslVpnServer,
  type UpdateSslVpnServerRequest,
  type VpnGateway,
} from '@gc/contracts';
import { Checkbox, Group, NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/ui/form-modal';
import { useCreateSubmit, type CreateMutation } from '../../../components/ui/use-create-submit';
import { optional, validateWith } from '../../../lib/form-validation';
import { BusyGatewayNotice } from '../components/busy-gateway-notice';
import { useSslVpnMutations } from './ssl-vpn-api';

interface Values {
  name: string;
  clientIpPool: string;
  localSubnet: string;
  proto: string;
  port: string;
  cipher: string;
  compress: boolean;
  enableMultiFactorAuth: boolean;
  idaasInstanceId: string;
  idaasRegionId: string;
}

const valuesOf = (s?: SslVpnServer): Values => ({
  name: s?.name ?? '',
  clientIpPool: s?.clientIpPool ?? '',
  localSubnet: s?.localSubnet ?? '',
  proto: s?.proto ?? 'UDP',
  port: String(s?.port ?? 1194),
  cipher: s?.cipher ?? 'AES-128-CBC',
  compress: s?.compress ?? false,
  enableMultiFactorAuth: s?.enableMultiFactorAuth ?? false,
  idaasInstanceId: s?.idaasInstanceId ?? '',
  idaasRegionId: s?.idaasRegionId ?? '',
});

function withoutGateway(r: CreateSslVpnServerRequest): UpdateSslVpnServerRequest {
  const { vpnGatewayId, ...rest } = r;
  void vpnGatewayId;
  return rest;
}

/**
 * The SSL server form, for create and (filled) for edit: client CIDR, local CIDRs, protocol and
 * port, cipher, compression and two-factor authentication. Saving puts the gateway in `updating`.
 */
export function SslVpnServerModal(props: {
  gateway: VpnGateway;
  server?: SslVpnServer;
  onClose: () => void;
}) {
  const { gateway, server, onClose } = props;
  const { t } = useTranslation();
  const { createServer, updateServer } = useSslVpnMutations(gateway.regionId);
  const toRequest = (v: Values): CreateSslVpnServerRequest => ({
    vpnGatewayId: gateway.id,
    name: optional(v.name),
    clientIpPool: v.clientIpPool.trim(),
    localSubnet: v.localSubnet.trim(),
    proto: v.proto as CreateSslVpnServerRequest['proto'],
    port: Number(v.port),
    cipher: v.cipher as CreateSslVpnServerRequest['cipher'],
    compress: v.compress,
    enableMultiFactorAuth: v.enableMultiFactorAuth,
    idaasInstanceId: v.enableMultiFactorAuth ? optional(v.idaasInstanceId) : undefined,
    idaasRegionId: v.enableMultiFactorAuth ? optional(v.idaasRegionId) : undefined,
  });
  const form = useForm<Values>({
    initialValues: valuesOf(server),
    validate: validateWith(createSslVpnServerSchema, toRequest, t),
  });
  // Edit sends the same body without the gateway (the server stays on it; JSON drops undefined).
  const mutation: CreateMutation<CreateSslVpnServerRequest, SslVpnServer> = server
    ? {
        mutate: (v, callbacks) =>
          updateServer.mutate({ id: server.id, request: withoutGateway(v.request) }, callbacks),
      }
    : createServer;
  const active = server ? updateServer : createServer;
  const submit = useCreateSubmit({
    form,
    toRequest,
    mutation,
    done: (s) =>
      server
        ? t('sslVpn.server.saved', { name: s.name || s.id })
        : t('sslVpn.server.created', { name: s.name || s.id }),
    onClose,
  });
  return (
    <FormModal
      title={
        server
          ? t('sslVpn.server.editTitle', { name: server.name || server.id })
          : t('sslVpn.server.createTitle')
      }
      onClose={onClose}
      onSubmit={submit}
      submitLabel={server ? t('common.save') : t('sslVpn.server.createSubmit')}
      pending={active.isPending}
      error={active.error}
      values={form.values}
    >
      <BusyGatewayNotice error={active.error} onRetry={() => submit()} />
      <TextInput label={t('sslVpn.server.name')} data-autofocus {...form.getInputProps('name')} />
      <TextInput
        label={t('sslVpn.server.clientIpPool')}
        description={t('sslVpn.server.clientIpPoolHint', { n: gateway.sslMaxConnections })}
        required
        {...form.getInputProps('clientIpPool')}
      />
      <TextInput
        label={t('sslVpn.server.localSubnet')}
        description={t('sslVpn.server.localSubnetHint')}
        required
        {...form.getInputProps('localSubnet')}
      />
      <Group grow align="flex-start">
        <NativeSelect
          label={t('sslVpn.server.proto')}
          data={[...SSL_VPN_PROTOCOLS]}
          {...form.getInputProps('proto')}
        />
        <TextInput
          label={t('sslVpn.server.port')}
          inputMode="numeric"
          {...form.getInputProps('port')}
        />
      </Group>
      <NativeSelect
        label={t('sslVpn.server.cipher')}
        description={t('sslVpn.server.cipherHint')}
        data={[...SSL_VPN_CIPHERS]}
        {...form.getInputProps('cipher')}
      />
      <Checkbox
        label={t('sslVpn.server.compress')}
        {...form.getInputProps('compress', { type: 'checkbox' })}
      />
      <Checkbox
        label={t('sslVpn.server.mfa')}
        {...form.getInputProps('enableMultiFactorAuth', { type: 'checkbox' })}
      />
      {form.values.enableMultiFactorAuth && (
        <Group grow align="flex-start">
          <TextInput
            label={t('sslVpn.server.idaasInstanceId')}
            required
            {...form.getInputProps('idaasInstanceId')}
          />
          <TextInput
            label={t('sslVpn.server.idaasRegionId')}
            {...form.getInputProps('idaasRegionId')}
          />
        </Group>
      )}
    </FormModal>
  );
}
