import type { VpnConnection, VpnGateway } from '@gc/contracts';
import { Alert, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DeletePlanDialog } from '../../../components/ui/detail-page/delete-plan-dialog';
import { useDeletePlanIo } from '../api/delete-plan-io';
import { buildDeletePlan, runDeleteStep } from '../utils/delete-plan';

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
 * A guarded delete: the API refuses while IPsec connections remain (REFERENCE §3.4), so the
 * plan deletes each connection, then the gateway.
 */
export function DeleteVpnGatewayModal({ gateway, connections, onClose, onDeleted }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const io = useDeletePlanIo(gateway, ignore);
  const name = gateway.name || gateway.id;

  return (
    <DeletePlanDialog
      title={t('vpn.delete.title')}
      confirm={t('vpn.delete.confirm', { name })}
      summary={t('vpn.delete.plan')}
      plan={{
        steps: buildDeletePlan(gateway, connections),
        key: (step) => step.id,
        label: (step) =>
          t(step.kind === 'gateway' ? 'vpn.delete.stepGateway' : 'vpn.delete.stepConnection', {
            name: step.name,
            id: step.id,
          }),
        run: (step) => runDeleteStep(step, io),
      }}
      submitLabel={
        connections.length > 0
          ? t('vpn.delete.runPlan', { count: connections.length })
          : t('common.delete')
      }
      doneMessage={t('vpn.delete.done', { name })}
      onClose={onClose}
      onDeleted={onDeleted}
      onSettled={() =>
        queryClient.invalidateQueries({ queryKey: ['regions', gateway.regionId, 'vpn'] })
      }
    >
      {releaseForbidden(gateway) && (
        <Alert color="yellow" role="note">
          {t('vpnGatewayDual.forbiddenRelease', { date: dateOf(gateway.endTime) })}
        </Alert>
      )}
      {connections.length > 0 && (
        <Text fz="sm">{t('vpn.delete.guarded', { count: connections.length })}</Text>
      )}
    </DeletePlanDialog>
  );
}
