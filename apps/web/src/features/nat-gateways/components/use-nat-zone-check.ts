import { useTranslation } from 'react-i18next';
import { useNatZones } from '../api/nat-protection';

/**
 * Which vSwitches can hold a NAT gateway: only those in a zone ListEnhanhcedNatGatewayAvailableZones
 * lists (REFERENCE-2 §4.6). Until the zones are known, or if the call fails, nothing is disabled
 * (the API still refuses a wrong zone) and the note says the check could not be made.
 */
export function useNatZoneCheck(regionId: string) {
  const { t, i18n } = useTranslation();
  const zones = useNatZones(regionId, i18n.language);
  const sold = zones.data && new Set(zones.data.items.map((z) => z.zoneId));
  const notSold = (zoneId: string) => sold !== undefined && !sold.has(zoneId);

  /** Why some vSwitches are disabled (naming the zones that do sell), or why nothing was checked. */
  const note = (vSwitchZones: string[]): string | undefined => {
    if (zones.isError) return t('natProtection.zones.unchecked');
    if (!zones.data || !vSwitchZones.some(notSold)) return undefined;
    const names = zones.data.items.map((z) => z.zoneName).join(', ');
    return t('natProtection.zones.why', { zones: names });
  };
  return { notSold, note };
}
