import type { VpnConnection, VpnGateway } from '@gc/contracts';
import { Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DeletePlanDialog } from '../../../components/ui/detail-page/delete-plan-dialog';
import { useDeletePlanIo } from '../api/delete-plan-io';
import { useIpsecServers } from '../ipsec-servers/ipsec-servers-api';
import { useSslVpnServers } from '../ssl-vpn/ssl-vpn-api';
import {
  buildDeletePlan,
  runDeleteStep,
  type DeleteStep,
  type PlanServer,
} from '../utils/delete-plan';

const STEP_LABEL = {
  sslServer: 'vpn.delete.stepSslServer',
  ipsecServer: 'vpn.delete.stepIpsecServer',
  connection: 'vpn.delete.stepConnection',
  gateway: 'vpn.delete.stepGateway',
} as const satisfies Record<DeleteStep['kind'], string>;

interface Props {
  gateway: VpnGateway;
  connections: VpnConnection[];
  onClose: () => void;
  onDeleted: () => void;
}

/**
 * A subscription within its term cannot be released (403 `ForbiddenRelease`, REFERENCE-2 §6
 * row 9): said up front, the delete may still be tried (the API decides).
 */
export const releaseForbidden = (g: VpnGateway, now = Date.now()): boolean =>
  g.chargeType.toLowerCase() === 'prepay' && !!g.endTime && Date.parse(g.endTime) > now;

const dateOf = (iso: string | undefined) => (iso ? iso.slice(0, 10) : '');

// The plan runner reports the step states itself.
const ignore = () => undefined;

/**
 * A guarded delete: the API refuses while SSL-VPN servers, IPsec servers or IPsec connections
 * remain (REFERENCE §3.4, REFERENCE-2 §3.3), so the plan deletes each of them, then the gateway.
 */
export function DeleteVpnGatewayModal({ gateway, connections, onClose, onDeleted }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const io = useDeletePlanIo(gateway, ignore);
  const name = gateway.name || gateway.id;
  const ssl = useSslVpnServers(gateway.regionId, gateway.id, false);
  const ipsec = useIpsecServers(gateway.regionId, gateway.id);
  // The plan is known once both server lists have loaded (the dialog waits for them).
  const servers: PlanServer[] | undefined =
    ssl.data && ipsec.data
      ? [
          ...ssl.data.items.map((s) => ({ kind: 'sslServer' as const, id: s.id, name: s.name })),
          ...ipsec.data.items.map((s) => ({
            kind: 'ipsecServer' as const,
            id: s.id,
            name: s.name,
          })),
        ]
      : undefined;
  const dependents = connections.length + (servers?.length ?? 0);

  return (
    <DeletePlanDialog
      kind={t('vpn.delete.kind')}
      name={name}
      summary={dependents > 0 ? t('vpn.delete.planDependents', { count: dependents }) : undefined}
      plan={{
        steps: servers && buildDeletePlan(gateway, connections, servers),
        loadError: ssl.error ?? ipsec.error,
        key: (step) => step.id,
        label: (step) => t(STEP_LABEL[step.kind], { name: step.name, id: step.id }),
        run: (step) => runDeleteStep(step, io),
      }}
      doneMessage={t('vpn.delete.done', { name })}
      onClose={onClose}
      onDeleted={onDeleted}
      onSettled={() =>
        queryClient.invalidateQueries({ queryKey: ['regions', gateway.regionId, 'vpn'] })
      }
      warning={
        releaseForbidden(gateway)
          ? t('vpnGatewayDual.forbiddenRelease', { date: dateOf(gateway.endTime) })
          : undefined
      }
    >
      {connections.length > 0 && (
        <Text fz="sm">{t('vpn.delete.guarded', { count: connections.length })}</Text>
      )}
      {servers !== undefined && servers.length > 0 && (
        <Text fz="sm">{t('vpn.delete.guardedServers', { count: servers.length })}</Text>
      )}
    </DeletePlanDialog>
  );
}
