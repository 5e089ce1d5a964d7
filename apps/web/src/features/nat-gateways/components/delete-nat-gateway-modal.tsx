import type { NatGateway } from '@gc/contracts';
import { Checkbox, List, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeletePlanDialog } from '../../../components/ui/detail-page/delete-plan-dialog';
import { useBoundEips } from '../api/eips';
import { useDnatEntries, useSnatEntries } from '../api/nat-entries';
import { useDeleteNatGateway } from '../api/update-nat-gateway';
import { DeleteRefusedModal } from './delete-refused-modal';
import { useVpcNatDeleteSteps } from './vpc-nat-delete-steps';

interface DeleteNatGatewayModalProps {
  gateway: NatGateway;
  onClose: () => void;
  onDeleted: () => void;
}

/**
 * The delete dialog. A protected gateway is refused up front (the API would answer 400
 * `InvalidOperation.DeletionProtection`, REFERENCE-2 §4.4), saying how to turn protection off.
 */
export function DeleteNatGatewayModal(props: DeleteNatGatewayModalProps) {
  return props.gateway.deletionProtection ? (
    <DeleteRefusedModal gateway={props.gateway} onClose={props.onClose} />
  ) : (
    <DeletePlanModal {...props} />
  );
}

/**
 * Confirms a delete, listing what depends on the gateway: one step (a VPC NAT gateway's own
 * objects first). Without Force the API refuses while entries or EIPs remain (REFERENCE §3.2
 * DeleteNatGateway), so Delete waits for Force and says why.
 */
function DeletePlanModal({ gateway, onClose, onDeleted }: DeleteNatGatewayModalProps) {
  const { t } = useTranslation();
  const [force, setForce] = useState(false);
  const snat = useSnatEntries(gateway.regionId, gateway.id);
  const dnat = useDnatEntries(gateway.regionId, gateway.id);
  const remove = useDeleteNatGateway(gateway.regionId);
  const eips = useBoundEips(gateway);
  const vpcNat = useVpcNatDeleteSteps(gateway);
  const count = (n: number | undefined) => (n === undefined ? '…' : String(n));
  const hasDependents =
    (snat.data?.items.length ?? 0) > 0 || (dnat.data?.items.length ?? 0) > 0 || eips.length > 0;
  const name = gateway.name || gateway.id;

  return (
    <DeletePlanDialog
      kind={t('nat.delete.kind')}
      name={name}
      plan={{
        steps: vpcNat.ids && [...vpcNat.ids, gateway.id],
        key: (id) => id,
        label: (id) => (vpcNat.owns(id) ? vpcNat.label(id) : name),
        run: (id) => (vpcNat.owns(id) ? vpcNat.run(id) : remove.mutateAsync({ id, force })),
      }}
      summary={
        vpcNat.ids?.length
          ? t('vpcNat.deletePlan')
          : force && hasDependents
            ? t('nat.delete.planForce')
            : undefined
      }
      doneMessage={t('nat.delete.done', { name })}
      onClose={onClose}
      onDeleted={onDeleted}
      blocked={hasDependents && !force ? t('nat.delete.needsForce') : undefined}
    >
      <div>
        <Text fw={500} fz="sm">
          {t('nat.delete.dependents')}
        </Text>
        <List fz="sm" data-testid="delete-dependents">
          <List.Item>
            {t('nat.delete.snatCount', { count: count(snat.data?.items.length) })}
          </List.Item>
          <List.Item>
            {t('nat.delete.dnatCount', { count: count(dnat.data?.items.length) })}
          </List.Item>
          <List.Item>
            {t('nat.delete.eips', { count: eips.length })}
            {eips.length > 0 && `: ${eips.map((e) => e.ipAddress).join(', ')}`}
          </List.Item>
        </List>
      </div>
      <Checkbox
        checked={force}
        onChange={(event) => setForce(event.currentTarget.checked)}
        label={t('nat.delete.force')}
        description={hasDependents ? t('nat.delete.forceHint') : undefined}
      />
    </DeletePlanDialog>
  );
}
