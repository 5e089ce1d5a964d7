import { z } from 'zod';
import { idSet, pageParams, paginate } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext } from '../resource-module.ts';
import { matchesTags, tagListParam } from '../tags.ts';
import {
  renderVpnGateway,
  requireVpnGateway,
  VPN_GATEWAY_KIND,
  VPN_STATUSES,
} from './vpn-gateway.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';

const describeVpnGatewaysParams = paramsSchema({
  ...ownerParams,
  ...pageParams(),
  RegionId: z.string(),
  VpnGatewayId: z.string().optional(),
  VpcId: z.string().optional(),
  // Lower-case vocabulary only (REFERENCE §3.4): `Active` is refused, naming the field.
  Status: v.oneOf(VPN_STATUSES).optional(),
  BusinessStatus: v.oneOf(['Normal', 'FinancialLocked'] as const).optional(),
  GatewayType: v.oneOf(['Traditional', 'Enhanced.SiteToSite'] as const).optional(),
  IncludeReservationData: v.bool().optional(),
  ResourceGroupId: z.string().optional(),
  Tag: tagListParam(),
});

/** DescribeVpnGateways: filters by id(s), VPC, lower-case status and tags; paginated. */
export function describeVpnGateways(ctx: ActionContext) {
  const p = parseParams(describeVpnGatewaysParams, ctx.params);
  requireRegion(p.RegionId);
  const ids = idSet(p.VpnGatewayId);
  const rows = ctx.store
    .table<VpnGatewayRecord>(p.RegionId, VPN_GATEWAY_KIND)
    .list()
    .filter(
      (g) =>
        (!ids || ids.has(g.id)) &&
        (p.VpcId === undefined || g.VpcId === p.VpcId) &&
        (p.Status === undefined || g.Status === p.Status) &&
        (p.BusinessStatus === undefined || p.BusinessStatus === 'Normal') &&
        (p.GatewayType === undefined || p.GatewayType === (g.GatewayType ?? 'Traditional')) &&
        (p.ResourceGroupId === undefined || g.ResourceGroupId === p.ResourceGroupId) &&
        matchesTags(g, p.Tag),
    );
  const page = paginate(rows, p);
  return {
    TotalCount: page.TotalCount,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    VpnGateways: {
      VpnGateway: page.items.map((g) => renderVpnGateway(g, p.IncludeReservationData)),
    },
  };
}

const describeVpnGatewayParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  VpnGatewayId: z.string(),
  IncludeReservationData: v.bool().optional(),
});

/** DescribeVpnGateway: one gateway, flat; 404 `InvalidVpnGatewayInstanceId.NotFound`. */
export function describeVpnGateway(ctx: ActionContext) {
  const p = parseParams(describeVpnGatewayParams, ctx.params);
  requireRegion(p.RegionId);
  const gw = requireVpnGateway(ctx.store, p.RegionId, p.VpnGatewayId);
  return renderVpnGateway(gw, p.IncludeReservationData);
}
