import { sslVpnClientCertNameSchema, type SslVpnClientCert } from '@gc/contracts';
import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/ui/form-modal';
import { useCreateSubmit, type CreateMutation } from '../../../components/ui/use-create-submit';
import { validateWith } from '../../../lib/form-validation';
import { BusyGatewayNotice } from '../components/busy-gateway-notice';
import { useSslVpnMutations } from './ssl-vpn-api';

interface Values {
  name: string;
}
const toRequest = (v: Values) => ({ name: v.name.trim() });

/** Issues a client certificate, or (given `cert`) renames one: the name is all either takes. */
export function CertNameModal(props: {
  regionId: string;
  serverId: string;
  cert?: SslVpnClientCert;
  onClose: () => void;
}) {
  const { regionId, serverId, cert, onClose } = props;
  const { t } = useTranslation();
  const { createCert, renameCert } = useSslVpnMutations(regionId);
  const form = useForm<Values>({
    initialValues: { name: cert?.name ?? '' },
    validate: validateWith(sslVpnClientCertNameSchema, toRequest, t),
  });
  const mutation: CreateMutation<{ name: string }, SslVpnClientCert> = cert
    ? {
        mutate: (v, callbacks) =>
          renameCert.mutate({ id: serverId, certId: cert.id, name: v.request.name }, callbacks),
      }
    : {
        mutate: (v, callbacks) => createCert.mutate({ ...v, id: serverId }, callbacks),
      };
  const active = cert ? renameCert : createCert;
  const submit = useCreateSubmit({
    form,
    toRequest,
    mutation,
    done: (c) =>
      cert
        ? t('sslVpn.certs.renamed', { name: c.name })
        : t('sslVpn.certs.created', { name: c.name }),
    onClose,
  });
  return (
    <FormModal
      title={
        cert
          ? t('sslVpn.certs.renameTitle', { name: cert.name || cert.id })
          : t('sslVpn.certs.createTitle')
      }
      onClose={onClose}
      onSubmit={submit}
      submitLabel={cert ? t('common.save') : t('sslVpn.certs.createSubmit')}
      pending={active.isPending}
      error={active.error}
      values={form.values}
    >
      <BusyGatewayNotice error={active.error} onRetry={() => submit()} />
      <TextInput
        label={t('sslVpn.certs.name')}
        required
        data-autofocus
        {...form.getInputProps('name')}
      />
    </FormModal>
  );
}
