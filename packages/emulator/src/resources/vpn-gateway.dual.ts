import {
  drVSwitchSameZone,
  dualTunnelVSwitchNotFound,
  missingNamed,
  valueNotSupportedParam,
  zoneNotSupported,
} from '../errors.ts';
import { isDualTunnelRegion, requireRegion } from '../regions.ts';
import type { Store } from '../store.ts';
import type { VSwitchRecord } from './vpc.model.ts';
import { vswitchOf } from './vpn-gateway.offer.ts';
import { availableZoneIds, requiresDualTunnel } from './vpn-gateway-zones.model.ts';
import type { VpnGatewayType } from './vpn-gateway-zones.model.ts';

/** What a create request asks for: the two vSwitches and the spec to place. */
export interface GatewayPlacement {
  regionId: string;
  vpcId: string;
  VSwitchId?: string | undefined;
  DisasterRecoveryVSwitchId?: string | undefined;
  /** `"10M"` for traditional gateways; undefined for enhanced ones (no spec in the API). */
  spec?: string;
  gatewayType: VpnGatewayType;
}

/**
 * The gateway's vSwitches under the dual-tunnel rules of REFERENCE-2 §1.2: in a dual-tunnel zone
 * a `VSwitchId` without `DisasterRecoveryVSwitchId` answers the observed 400
 * `InvalidVSwitchId.NotFound` (§6 row 10); two vSwitches must be in two zones where the region has
 * them (single-zone regions may use one vSwitch twice). No vSwitch at all keeps sheet 1's
 * behaviour: one system-picked vSwitch, a single-tunnel gateway ([emulator choice]).
 */
export function placeGateway(store: Store, p: GatewayPlacement) {
  const region = requireRegion(p.regionId);
  if (p.DisasterRecoveryVSwitchId !== undefined && p.VSwitchId === undefined)
    throw missingNamed('VSwitchId');
  const vsw = vswitchOf(store, p.regionId, p.vpcId, p.VSwitchId);
  let drVsw: VSwitchRecord | undefined;
  if (p.DisasterRecoveryVSwitchId === undefined) {
    if (p.VSwitchId !== undefined && requiresDualTunnel(p.regionId, vsw.ZoneId))
      throw dualTunnelVSwitchNotFound();
  } else {
    if (!isDualTunnelRegion(p.regionId))
      throw valueNotSupportedParam(
        'DisasterRecoveryVSwitchId',
        `${p.regionId} sells single-tunnel VPN gateways only; omit DisasterRecoveryVSwitchId.`,
      );
    drVsw = vswitchOf(store, p.regionId, p.vpcId, p.DisasterRecoveryVSwitchId);
    if (region.zones.length >= 2 && drVsw.ZoneId === vsw.ZoneId)
      throw drVSwitchSameZone(vsw.ZoneId);
  }
  if (p.VSwitchId !== undefined) {
    const zones = availableZoneIds(region, p.spec ?? '5M', p.gatewayType);
    for (const s of drVsw ? [vsw, drVsw] : [vsw])
      if (!zones.includes(s.ZoneId)) throw zoneNotSupported(s.ZoneId, p.spec ?? p.gatewayType);
  }
  return { vsw, drVsw };
}

// Prepaid gateways may be released during their first day ([emulator choice]): it stands for
// the unsubscribe-with-refund path the emulator does not model, and keeps create-then-delete flows.
const RELEASE_GRACE_MS = 86_400_000;

/** Whether DeleteVpnGateway must answer 403 `ForbiddenRelease` (REFERENCE-2 §6 row 9). */
export function isReleaseForbidden(
  gw: { ChargeType: string; CreateTime: number; EndTime: number },
  now: Date,
): boolean {
  const t = now.getTime();
  return gw.ChargeType === 'Prepay' && t < gw.EndTime && t - gw.CreateTime > RELEASE_GRACE_MS;
}
