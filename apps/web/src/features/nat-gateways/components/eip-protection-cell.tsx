import type { Eip, NatGateway } from '@gc/contracts';
import { useTranslation } from 'react-i18next';
import { useSetEipProtection } from '../api/nat-protection';
import { ProtectionSwitch } from './protection-switch';

/** One bound EIP's deletion protection (DeletionProtection, Type EIP), as a table cell's content. */
export function EipProtectionCell({ gateway, eip }: { gateway: NatGateway; eip: Eip }) {
  const { t } = useTranslation();
  const set = useSetEipProtection(gateway.regionId, gateway.id);
  const enabled = eip.deletionProtection === true;
  return (
    <ProtectionSwitch
      label={t('natProtection.eipSwitch', { ip: eip.ipAddress })}
      enabled={enabled}
      pending={set.isPending}
      onChange={(on) => set.mutate({ allocationId: eip.allocationId, enabled: on })}
    />
  );
}
