import { ipv6GatewayRoutes, type Ipv6Gateway, type Ipv6GatewayPage } from '@gc/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DeletePlanDialog } from '../../../components/ui/detail-page/delete-plan-dialog';
import { bffClient } from '../../../lib/bff-client';
import { sendBandwidthChange, useIpv6Addresses } from '../api/ipv6-addresses';
import { markIpv6Deleting } from '../api/ipv6-gateway-mutations';
import { ipv6Keys } from '../api/ipv6-keys';
import { buildDeletePlan, type PlanStep } from '../utils/delete-plan';

interface Props {
  gateway: Ipv6Gateway;
  onClose: () => void;
  onDeleted: () => void;
}

/**
 * Confirms a delete and shows its plan: release the internet bandwidth of every address in the
 * VPC (the API refuses otherwise), then delete the gateway.
 */
export function DeleteIpv6GatewayModal({ gateway, onClose, onDeleted }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { regionId } = gateway;
  const addresses = useIpv6Addresses(regionId, { vpcId: gateway.vpcId, networkType: 'Public' });
  const steps = addresses.data ? buildDeletePlan(gateway.id, addresses.data.items) : undefined;
  const releases = steps ? steps.length - 1 : 0;
  const name = gateway.name || gateway.id;

  const run = (step: PlanStep) =>
    step.kind === 'release'
      ? sendBandwidthChange(regionId, step.address.id, { kind: 'release' })
      : bffClient.call(ipv6GatewayRoutes.remove, { params: { regionId, id: step.gatewayId } });

  return (
    <DeletePlanDialog
      kind={t('ipv6.delete.kind')}
      name={name}
      summary={
        releases > 0 ? t('ipv6.delete.plan', { count: releases }) : t('ipv6.delete.noBandwidth')
      }
      plan={{
        steps,
        loadError: addresses.error,
        key: (step) => (step.kind === 'release' ? step.address.id : 'delete'),
        label: (step) =>
          step.kind === 'release'
            ? t('ipv6.delete.releaseStep', {
                address: step.address.address,
                bandwidth: step.address.internetBandwidth?.bandwidth ?? 0,
              })
            : t('ipv6.delete.deleteStep', { name }),
        run,
      }}
      doneMessage={t('ipv6.delete.done', { name })}
      onClose={onClose}
      onDeleted={() => {
        queryClient.setQueriesData<Ipv6GatewayPage>({ queryKey: ipv6Keys.lists(regionId) }, (p) =>
          markIpv6Deleting(p, gateway.id),
        );
        onDeleted();
      }}
      onSettled={() => queryClient.invalidateQueries({ queryKey: ipv6Keys.all(regionId) })}
    />
  );
}
