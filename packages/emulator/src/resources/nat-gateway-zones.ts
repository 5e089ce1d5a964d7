import { z } from 'zod';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion, zoneIds } from '../regions.ts';
import type { RegionInfo } from '../regions.ts';
import type { ActionContext } from '../resource-module.ts';
import { zoneName } from './vpn-gateway-zones.model.ts';

/**
 * Zones where a NAT gateway can be created. [emulator choice] The last zone of a region with
 * three or more zones is sold out (so a console has a vSwitch to disable: cn-hangzhou-k,
 * cn-shanghai-m), and PrivateLink-enabled gateways are sold in a region's first two zones only.
 */
export function natGatewayZoneIds(region: RegionInfo, privateLinkEnabled?: boolean): string[] {
  const all = zoneIds(region);
  return all.filter((_zone, i) => {
    if (privateLinkEnabled === true && i >= 2) return false;
    return !(all.length >= 3 && i === all.length - 1);
  });
}

const params = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  AcceptLanguage: v.oneOf(['zh-CN', 'en-US'] as const).optional(),
  // `Filter.N.Key` knows only PrivateLinkEnabled; its Value is then required (REFERENCE-2 §4.6).
  Filter: z
    .array(z.object({ Key: v.oneOf(['PrivateLinkEnabled'] as const), Value: v.bool() }))
    .optional(),
});

/** ListEnhanhcedNatGatewayAvailableZones (sic, REFERENCE-2 §4.6): `Zones[]` of `{ZoneId, LocalName}`. */
export function listEnhancedNatGatewayAvailableZones(ctx: ActionContext) {
  const p = parseParams(params, ctx.params);
  const region = requireRegion(p.RegionId);
  // Chinese by default here, unlike DescribeVpnGatewayAvailableZones (§4.6).
  const lang = p.AcceptLanguage ?? 'zh-CN';
  const privateLink = p.Filter?.find((f) => f.Key === 'PrivateLinkEnabled')?.Value;
  return {
    // A bare array, and `LocalName`, not `ZoneName` (§0.2, §4.6).
    Zones: natGatewayZoneIds(region, privateLink).map((id) => ({
      ZoneId: id,
      LocalName: zoneName(region, id, lang),
    })),
  };
}
