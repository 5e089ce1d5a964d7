import {
  createVpnPolicyRouteSchema,
  createVpnRouteSchema,
  type VpnConnection,
  type VpnGateway,
} from '@gc/contracts';
import { Checkbox, NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/ui/form-modal';
import { useCreateSubmit } from '../../../components/ui/use-create-submit';
import { optional, validateWith } from '../../../lib/form-validation';
import { useVpnRouteMutations } from '../api/vpn-routes';

interface Values {
  source: string;
  destination: string;
  nextHop: string;
  weight: string;
  priority: string;
  publish: boolean;
  description: string;
}

const toRoute = (v: Values) => ({
  destination: v.destination.trim(),
  nextHop: v.nextHop,
  weight: v.weight === '0' ? (0 as const) : (100 as const),
  publish: v.publish,
  description: optional(v.description),
});
const toPolicy = (v: Values) => ({
  ...toRoute(v),
  source: v.source.trim(),
  priority: v.priority.trim() === '' ? undefined : Number(v.priority),
});

/** Adds a destination (`dbr`) or policy (`pbr`) route; the next hop is one of the gateway's connections. */
export function CreateRouteModal(props: {
  kind: 'dbr' | 'pbr';
  gateway: VpnGateway;
  dual: boolean;
  connections: ReadonlyMap<string, VpnConnection>;
  onClose: () => void;
}) {
  const { kind, gateway, dual, connections, onClose } = props;
  const { t } = useTranslation();
  const m = useVpnRouteMutations(gateway.regionId, gateway.id);
  const policy = kind === 'pbr';
  const bySchema = policy
    ? validateWith(createVpnPolicyRouteSchema, toPolicy, t)
    : validateWith(createVpnRouteSchema, toRoute, t);
  const form = useForm<Values>({
    initialValues: {
      source: '',
      destination: '',
      nextHop: '',
      weight: '100',
      priority: '10',
      publish: false,
      description: '',
    },
    validate: (values) => {
      const errors = bySchema(values);
      if (values.nextHop === '') errors.nextHop = t('vpnRoutes.chooseConnection');
      const p = Number(values.priority);
      if (policy && !(Number.isInteger(p) && p >= 1 && p <= 100))
        errors.priority = t('vpnRoutes.priorityHint');
      return errors;
    },
  });
  const done = () => t('vpnRoutes.created');
  const submitRoute = useCreateSubmit({
    form,
    toRequest: toRoute,
    mutation: m.create,
    done,
    onClose,
  });
  const submitPolicy = useCreateSubmit({
    form,
    toRequest: toPolicy,
    mutation: m.createPolicy,
    done,
    onClose,
  });
  const mutation = policy ? m.createPolicy : m.create;

  return (
    <FormModal
      title={t(policy ? 'vpnRoutes.createPolicyTitle' : 'vpnRoutes.createTitle')}
      onClose={onClose}
      onSubmit={policy ? submitPolicy : submitRoute}
      submitLabel={t('vpnRoutes.createSubmit')}
      pending={mutation.isPending}
      error={mutation.error}
      values={form.values}
    >
      {policy && (
        <TextInput
          label={t('vpnRoutes.source')}
          placeholder="10.0.0.0/24"
          required
          {...form.getInputProps('source')}
        />
      )}
      <TextInput
        label={t('vpnRoutes.destination')}
        placeholder="192.168.0.0/24"
        required
        {...form.getInputProps('destination')}
      />
      <NativeSelect
        label={t('vpnRoutes.nextHop')}
        required
        {...form.getInputProps('nextHop')}
        data={[
          { value: '', label: t('vpnRoutes.chooseConnection') },
          ...[...connections.values()].map((c) => ({
            value: c.id,
            label: `${c.name || c.id} (${c.id})`,
          })),
        ]}
      />
      {!dual && (
        <NativeSelect
          label={t('vpnRoutes.weight')}
          {...form.getInputProps('weight')}
          data={[
            { value: '100', label: t('vpnRoutes.weightActive') },
            { value: '0', label: t('vpnRoutes.weightStandby') },
          ]}
        />
      )}
      {policy && (
        <TextInput
          label={t('vpnRoutes.priority')}
          description={t('vpnRoutes.priorityHint')}
          inputMode="numeric"
          {...form.getInputProps('priority')}
        />
      )}
      <Checkbox
        label={t('vpnRoutes.publishLabel')}
        {...form.getInputProps('publish', { type: 'checkbox' })}
      />
      <TextInput label={t('vpnRoutes.description')} {...form.getInputProps('description')} />
    </FormModal>
  );
}
