import type { VpnGateway, VpnPolicyRoute, VpnRoute } from '@gc/contracts';
import { NativeSelect, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { handleFormError } from '../../../components/ui/form-error';
import { FormModal } from '../../../components/ui/form-modal';
import { notifySuccess } from '../../../components/ui/notify-error';
import { useVpnRouteMutations } from '../api/vpn-routes';
import { routeKeyText } from './route-cells';

type Route = VpnRoute | VpnPolicyRoute;
const isPolicy = (r: Route): r is VpnPolicyRoute => 'source' in r;

/**
 * Changes a route's weight (single-tunnel gateways only: on dual-tunnel ones it has no effect)
 * and, for a policy route, its priority. The route is named by its current key.
 */
export function EditRouteModal(props: {
  gateway: VpnGateway;
  dual: boolean;
  route: Route;
  onClose: () => void;
}) {
  const { gateway, dual, route, onClose } = props;
  const { t } = useTranslation();
  const m = useVpnRouteMutations(gateway.regionId, gateway.id);
  const policy = isPolicy(route);
  const form = useForm({
    initialValues: {
      newWeight: String(route.weight),
      newPriority: policy ? String(route.priority) : '',
    },
    validate: {
      newPriority: (v) => {
        const n = Number(v);
        return !policy || (Number.isInteger(n) && n >= 1 && n <= 100)
          ? null
          : t('vpnRoutes.priorityHint');
      },
    },
  });
  const mutation = policy ? m.updatePolicy : m.weight;
  const handlers = {
    onSuccess: () => {
      notifySuccess(t('vpnRoutes.updated'));
      onClose();
    },
    onError: (e: Parameters<typeof handleFormError>[0]) => handleFormError(e, form, t),
  };
  const submit = form.onSubmit((v) => {
    const newWeight = v.newWeight === '0' ? (0 as const) : (100 as const);
    if (!policy) {
      m.weight.mutate(
        { destination: route.destination, nextHop: route.nextHop, weight: route.weight, newWeight },
        handlers,
      );
      return;
    }
    const newPriority = Number(v.newPriority);
    m.updatePolicy.mutate(
      {
        source: route.source,
        destination: route.destination,
        nextHop: route.nextHop,
        weight: route.weight,
        priority: route.priority,
        ...(newWeight !== route.weight && !dual ? { newWeight } : {}),
        newPriority,
      },
      handlers,
    );
  });

  return (
    <FormModal
      title={t('vpnRoutes.editTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('vpnRoutes.editSubmit')}
      pending={mutation.isPending}
      error={mutation.error}
      values={form.values}
    >
      <Text fz="sm" ff="monospace">
        {routeKeyText(t, route)}
      </Text>
      {!dual && (
        <NativeSelect
          label={t('vpnRoutes.newWeight')}
          {...form.getInputProps('newWeight')}
          data={[
            { value: '100', label: t('vpnRoutes.weightActive') },
            { value: '0', label: t('vpnRoutes.weightStandby') },
          ]}
        />
      )}
      {policy && (
        <TextInput
          label={t('vpnRoutes.newPriority')}
          description={t('vpnRoutes.priorityHint')}
          inputMode="numeric"
          {...form.getInputProps('newPriority')}
        />
      )}
    </FormModal>
  );
}
