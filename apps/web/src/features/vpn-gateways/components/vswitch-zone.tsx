import { useTranslation } from 'react-i18next';
import { useVSwitches } from '../../../lib/lookups/vpcs';

/** A gateway's vSwitch with its zone, read from the VPC's vSwitches (cached lookup). */
export function VSwitchZone({
  regionId,
  vpcId,
  vSwitchId,
}: {
  regionId: string;
  vpcId: string;
  vSwitchId: string;
}) {
  const { t } = useTranslation();
  const vSwitches = useVSwitches(regionId, vpcId || null);
  const zone = vSwitches.data?.items.find((s) => s.id === vSwitchId)?.zoneId;
  return <>{zone ? t('vpnGatewayDual.vSwitchZone', { id: vSwitchId, zone }) : vSwitchId}</>;
}
