import type { ActionContext } from '../resource-module.ts';
import { allocateIp } from './vpc.model.ts';
import type { VpcRecord, VSwitchRecord } from './vpc.model.ts';
import { epochMs, publicIpFor, VPN_GATEWAY_KIND } from './vpn-gateway.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';

/** Where a new gateway goes and what it is called. */
export interface GatewayPlace {
  regionId: string;
  vpc: VpcRecord;
  vsw: VSwitchRecord;
  drVsw?: VSwitchRecord | undefined;
  name?: string | undefined;
  networkType: 'public' | 'private';
  resourceGroupId?: string | undefined;
}

/** What differs between traditional and enhanced gateways: offer, billing and type. */
export type GatewayOffer = Pick<
  VpnGatewayRecord,
  | 'Bandwidth'
  | 'EnableIpsec'
  | 'EnableSsl'
  | 'SslConnections'
  | 'ChargeType'
  | 'VpnType'
  | 'EndTime'
  | 'GatewayType'
>;

/**
 * Stores a new gateway `provisioning` and schedules `active` (timing key `vpn`), shared by
 * CreateVpnGateway and CreateEnhancedVpnGateway; a second vSwitch makes it dual-tunnel.
 */
export function provisionVpnGateway(
  ctx: ActionContext,
  place: GatewayPlace,
  offer: (created: Date) => GatewayOffer,
): VpnGatewayRecord {
  const { regionId, vpc, vsw, drVsw } = place;
  const id = ctx.newId('vpn', regionId);
  const created = new Date(ctx.now);
  const isPublic = place.networkType === 'public';
  const gw: VpnGatewayRecord = {
    id,
    regionId,
    tags: [],
    Name: place.name ?? id,
    Description: '',
    VpcId: vpc.id,
    VSwitchId: vsw.id,
    DisasterRecoveryVSwitchId: drVsw?.id ?? '',
    InternetIp: isPublic ? publicIpFor(regionId, id) : '',
    DisasterRecoveryInternetIp: drVsw && isPublic ? publicIpFor(regionId, `${id}-dr`) : '',
    IntranetIp: allocateIp(vsw),
    Status: 'provisioning',
    NetworkType: place.networkType,
    AutoPropagate: false,
    CreateTime: epochMs(created),
    ResourceGroupId: place.resourceGroupId ?? vpc.ResourceGroupId,
    ...offer(created),
  };
  ctx.store.table<VpnGatewayRecord>(regionId, VPN_GATEWAY_KIND).put(gw);
  ctx.lifecycle.schedule({
    regionId,
    kind: VPN_GATEWAY_KIND,
    resourceId: id,
    duration: 'vpn',
    set: { Status: 'active' },
  });
  return gw;
}
