import {
  createIpsecServerSchema,
  DH_GROUPS,
  IKE_AUTH_ALGS,
  IKE_ENC_ALGS,
  updateIpsecServerSchema,
  type IpsecServer,
  type VpnGateway,
} from '@gc/contracts';
import { NativeSelect, PasswordInput, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/ui/form-modal';
import { useCreateSubmit, type CreateMutation } from '../../../components/ui/use-create-submit';
import { optional, validateWith } from '../../../lib/form-validation';
import { BusyGatewayNotice } from '../components/busy-gateway-notice';
import { useIpsecServerMutations } from './ipsec-servers-api';

interface Values {
  name: string;
  clientIpPool: string;
  localSubnet: string;
  psk: string;
  ikeVersion: string;
  ikeEncAlg: string;
  ikeAuthAlg: string;
  ikePfs: string;
  ipsecEncAlg: string;
  ipsecAuthAlg: string;
  ipsecPfs: string;
}

// The emulator's and console's defaults for a new server (IKEv2, AES/SHA1, group2).
const NEW: Values = {
  name: '',
  clientIpPool: '',
  localSubnet: '',
  psk: '',
  ikeVersion: 'ikev2',
  ikeEncAlg: 'aes',
  ikeAuthAlg: 'sha1',
  ikePfs: 'group2',
  ipsecEncAlg: 'aes',
  ipsecAuthAlg: 'sha1',
  ipsecPfs: 'group2',
};

const fromServer = (s: IpsecServer): Values => ({
  name: s.name,
  clientIpPool: s.clientIpPool,
  localSubnet: s.localSubnet,
  // The key is never read back: left blank, it stays as it is.
  psk: '',
  ikeVersion: s.ikeConfig.ikeVersion,
  ikeEncAlg: s.ikeConfig.ikeEncAlg,
  ikeAuthAlg: s.ikeConfig.ikeAuthAlg,
  ikePfs: s.ikeConfig.ikePfs,
  ipsecEncAlg: s.ipsecConfig.ipsecEncAlg,
  ipsecAuthAlg: s.ipsecConfig.ipsecAuthAlg,
  ipsecPfs: s.ipsecConfig.ipsecPfs,
});

const toBody = (v: Values) => ({
  name: optional(v.name),
  clientIpPool: v.clientIpPool.trim(),
  localSubnet: v.localSubnet.trim(),
  psk: optional(v.psk),
  ikeConfig: {
    ikeVersion: v.ikeVersion as 'ikev1' | 'ikev2',
    ikeMode: 'main' as const,
    ikeEncAlg: v.ikeEncAlg as (typeof IKE_ENC_ALGS)[number],
    ikeAuthAlg: v.ikeAuthAlg as (typeof IKE_AUTH_ALGS)[number],
    ikePfs: v.ikePfs as (typeof DH_GROUPS)[number],
  },
  ipsecConfig: {
    ipsecEncAlg: v.ipsecEncAlg as (typeof IKE_ENC_ALGS)[number],
    ipsecAuthAlg: v.ipsecAuthAlg as (typeof IKE_AUTH_ALGS)[number],
    ipsecPfs: v.ipsecPfs as 'disabled' | (typeof DH_GROUPS)[number],
  },
});

/** The create dialog, and the same form filled for an edit (`server` given). */
export function IpsecServerFormModal(props: {
  gateway: VpnGateway;
  server?: IpsecServer;
  onClose: () => void;
}) {
  const { gateway, server, onClose } = props;
  const { t } = useTranslation();
  const { create, update } = useIpsecServerMutations(gateway.regionId, gateway.id);
  const toRequest = (v: Values) => ({ ...toBody(v), vpnGatewayId: gateway.id });
  const schema = server ? updateIpsecServerSchema : createIpsecServerSchema;
  const form = useForm<Values>({
    initialValues: server ? fromServer(server) : NEW,
    validate: validateWith(schema, toRequest, t),
  });
  // One submit for both: a create sends the Idempotency-Key, an edit the changed server's id.
  const mutation: CreateMutation<ReturnType<typeof toRequest>, IpsecServer> = server
    ? {
        mutate: ({ request }, callbacks) => {
          const { vpnGatewayId: _gateway, ...body } = request;
          update.mutate({ request: { ...body, id: server.id } }, callbacks);
        },
      }
    : { mutate: (variables, callbacks) => create.mutate(variables, callbacks) };
  const pending = server ? update : create;
  const submit = useCreateSubmit({
    form,
    toRequest,
    mutation,
    done: () => t(server ? 'ipsecServers.updated' : 'ipsecServers.created'),
    onClose,
  });
  const select = (key: keyof Values, values: readonly string[]) => (
    <NativeSelect
      label={t(`ipsecServers.${key}`)}
      data={[...values]}
      {...form.getInputProps(key)}
    />
  );

  return (
    <FormModal
      title={t(server ? 'ipsecServers.editTitle' : 'ipsecServers.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t(server ? 'ipsecServers.save' : 'ipsecServers.createSubmit')}
      pending={pending.isPending}
      error={pending.error}
      values={form.values}
      size="lg"
    >
      <BusyGatewayNotice error={pending.error} onRetry={() => submit()} />
      <TextInput label={t('ipsecServers.name')} {...form.getInputProps('name')} />
      <SimpleGrid cols={2}>
        <TextInput
          label={t('ipsecServers.clientIpPool')}
          description={t('ipsecServers.clientIpPoolHint')}
          required
          {...form.getInputProps('clientIpPool')}
        />
        <TextInput
          label={t('ipsecServers.localSubnet')}
          description={t('ipsecServers.localSubnetHint')}
          required
          {...form.getInputProps('localSubnet')}
        />
      </SimpleGrid>
      <PasswordInput
        label={t('ipsecServers.psk')}
        description={t(server ? 'ipsecServers.pskKeep' : 'ipsecServers.pskNew')}
        autoComplete="new-password"
        {...form.getInputProps('psk')}
      />
      <SimpleGrid cols={3}>
        {select('ikeVersion', ['ikev1', 'ikev2'])}
        {select('ikeEncAlg', IKE_ENC_ALGS)}
        {select('ikeAuthAlg', IKE_AUTH_ALGS)}
        {select('ikePfs', DH_GROUPS)}
        {select('ipsecEncAlg', IKE_ENC_ALGS)}
        {select('ipsecAuthAlg', IKE_AUTH_ALGS)}
        {select('ipsecPfs', ['disabled', ...DH_GROUPS])}
      </SimpleGrid>
    </FormModal>
  );
}
