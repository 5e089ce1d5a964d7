import { z } from 'zod';
import { notEnhancedVpnGateway } from '../errors.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import { renderTags } from '../tags.ts';
import { requireVpc } from './vpc.model.ts';
import { placeGateway } from './vpn-gateway.dual.ts';
import { modifyVpnGatewayAttributeParams, releaseVpnGateway } from './vpn-gateway.handlers.ts';
import { requireActiveVpnGateway, VPN_GATEWAY_KIND } from './vpn-gateway.model.ts';
import { provisionVpnGateway } from './vpn-gateway.provision.ts';

// Enhanced (site-to-site) gateways (REFERENCE-2 §1.4): IPsec only, public, always dual-tunnel, no
// bandwidth or billing in the API, so no OrderId and no ForbiddenRelease.

const NAME = () => v.name({ min: 2, max: 100, code: 'InvalidName' });

const createParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  VpcId: z.string(),
  // "You must specify a vSwitch" (remark), not flagged required: required here [emulator choice].
  VSwitchId: z.string(),
  DisasterRecoveryVSwitchId: z.string(),
  GatewayType: v.oneOf(['Enhanced.SiteToSite'] as const),
  Name: NAME().optional(),
  NetworkType: v.oneOf(['public'] as const).optional(),
  VpnType: v.oneOf(['Normal'] as const).optional(),
  ResourceGroupId: z.string().optional(),
  ClientToken: v.clientToken().optional(),
});

function createEnhancedVpnGateway(ctx: ActionContext) {
  const p = parseParams(createParams, ctx.params);
  requireRegion(p.RegionId);
  const vpc = requireVpc(ctx.store, p.RegionId, p.VpcId);
  const { vsw, drVsw } = placeGateway(ctx.store, {
    regionId: p.RegionId,
    vpcId: vpc.id,
    VSwitchId: p.VSwitchId,
    DisasterRecoveryVSwitchId: p.DisasterRecoveryVSwitchId,
    gatewayType: 'Enhanced.SiteToSite',
  });
  const place = { regionId: p.RegionId, vpc, vsw, name: p.Name, networkType: 'public' as const };
  // Always dual: a single-zone region may give the same vSwitch twice (REFERENCE-2 §1.4).
  const gw = provisionVpnGateway(
    ctx,
    { ...place, drVsw: drVsw ?? vsw, resourceGroupId: p.ResourceGroupId },
    () => ({
      Bandwidth: 0,
      EnableIpsec: true,
      EnableSsl: false,
      SslConnections: 0,
      ChargeType: 'POSTPAY',
      VpnType: 'Normal',
      EndTime: 0,
      GatewayType: 'Enhanced.SiteToSite',
    }),
  );
  return { VpnGatewayId: gw.id, Name: gw.Name };
}

/** An active enhanced gateway; a traditional one answers `OperationFailed.NotEnhancedVpnGateway`. */
function requireEnhanced(ctx: ActionContext, regionId: string, id: string) {
  const gw = requireActiveVpnGateway(ctx.store, regionId, id);
  if (gw.GatewayType !== 'Enhanced.SiteToSite') throw notEnhancedVpnGateway(id);
  return gw;
}

function updateEnhancedVpnGateway(ctx: ActionContext) {
  const p = parseParams(modifyVpnGatewayAttributeParams, ctx.params);
  requireRegion(p.RegionId);
  const gw = requireEnhanced(ctx, p.RegionId, p.VpnGatewayId);
  if (p.Name !== undefined) gw.Name = p.Name;
  if (p.Description !== undefined) gw.Description = p.Description;
  // Every update reconfigures the gateway: `updating` → `active` (sdk-client remark, §1.4).
  gw.Status = 'updating';
  ctx.lifecycle.schedule({
    regionId: p.RegionId,
    kind: VPN_GATEWAY_KIND,
    resourceId: gw.id,
    duration: 'vpnConnection',
    set: { Status: 'active', AutoPropagate: p.AutoPropagate ?? gw.AutoPropagate },
  });
  return {
    VpnGatewayId: gw.id,
    Name: gw.Name,
    Description: gw.Description,
    VpcId: gw.VpcId,
    VSwitchId: gw.VSwitchId,
    DisasterRecoveryVSwitchId: gw.DisasterRecoveryVSwitchId,
    GatewayType: 'Enhanced.SiteToSite',
    NetworkType: gw.NetworkType,
    VpnType: gw.VpnType,
    Status: gw.Status,
    AutoPropagate: p.AutoPropagate ?? gw.AutoPropagate,
    EnableBgp: false,
    CreateTime: gw.CreateTime,
    ResourceGroupId: gw.ResourceGroupId,
    EniInstanceIds: { EniInstanceId: [] as string[] },
    Tag: JSON.stringify({ VpnEnableBgp: true }),
    Tags: renderTags(gw.tags),
  };
}

const deleteParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  VpnGatewayId: z.string(),
  ClientToken: v.clientToken().optional(),
});

function deleteEnhancedVpnGateway(ctx: ActionContext) {
  const p = parseParams(deleteParams, ctx.params);
  requireRegion(p.RegionId);
  // Refused while IPsec connections exist (remark), with DeleteVpnGateway's code (sheet 1).
  releaseVpnGateway(ctx, requireEnhanced(ctx, p.RegionId, p.VpnGatewayId));
  return {};
}

/** Create/Update/DeleteEnhancedVpnGateway (REFERENCE-2 §1.4). */
export const enhancedVpnGatewayResource: ResourceModule = {
  name: 'enhanced-vpn-gateway',
  handlers: {
    CreateEnhancedVpnGateway: createEnhancedVpnGateway,
    UpdateEnhancedVpnGateway: updateEnhancedVpnGateway,
    DeleteEnhancedVpnGateway: deleteEnhancedVpnGateway,
  },
};
