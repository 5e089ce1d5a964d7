import { z } from 'zod';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import {
  availableZoneIds,
  VPN_GATEWAY_SPECS,
  VPN_GATEWAY_TYPES,
  zoneName,
} from './vpn-gateway-zones.model.ts';

const params = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  Spec: v.oneOf(VPN_GATEWAY_SPECS),
  GatewayType: v.oneOf(VPN_GATEWAY_TYPES).optional(),
  AcceptLanguage: v.oneOf(['zh-CN', 'en-US'] as const).optional(),
});

// The SDK sends this one as GET with every field in the query (REFERENCE-2 §0.1); the RPC
// front door merges query and body for every method, so nothing here depends on the verb.
function describeVpnGatewayAvailableZones(ctx: ActionContext) {
  const p = parseParams(params, ctx.params);
  const region = requireRegion(p.RegionId);
  const lang = p.AcceptLanguage ?? 'en-US';
  return {
    RegionId: p.RegionId,
    // A bare array, no `{X:{Y:[]}}` wrapper (REFERENCE-2 §0.2).
    AvailableZoneIdList: availableZoneIds(region, p.Spec, p.GatewayType).map((id) => ({
      ZoneId: id,
      ZoneName: zoneName(region, id, lang),
    })),
  };
}

/** DescribeVpnGatewayAvailableZones (REFERENCE-2 §1.3): the zones a gateway spec is sold in. */
export const vpnGatewayZonesResource: ResourceModule = {
  name: 'vpn-gateway-zones',
  handlers: { DescribeVpnGatewayAvailableZones: describeVpnGatewayAvailableZones },
};
