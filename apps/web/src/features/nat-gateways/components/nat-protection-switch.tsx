import type { NatGateway } from '@gc/contracts';
import { useTranslation } from 'react-i18next';
import { useSetNatProtection } from '../api/nat-protection';
import { ProtectionSwitch } from './protection-switch';

/** The gateway's deletion protection (DeletionProtection, Type NATGW), in its attributes. */
export function NatProtectionSwitch({ gateway }: { gateway: NatGateway }) {
  const { t } = useTranslation();
  const set = useSetNatProtection(gateway.regionId, gateway.id);
  return (
    <ProtectionSwitch
      label={t('natProtection.switch')}
      enabled={gateway.deletionProtection}
      pending={set.isPending}
      onChange={(enabled) => set.mutate(enabled)}
    />
  );
}
