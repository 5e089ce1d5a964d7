import { z } from 'zod';
import {
  dependencyViolationIpsecServer,
  dependencyViolationSslVpnServer,
  dependencyViolationVpnConnection,
  forbiddenRelease,
} from '../errors.ts';
import type { EffectFn } from '../lifecycle.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import { releaseIp, requireVpc } from './vpc.model.ts';
import { connectionsWhere } from './vpn-connection.model.ts';
import { sslVpnServersOf } from './ssl-vpn-server.model.ts';
import { ipsecServersOf } from './ipsec-server.model.ts';
import {
  epochMs,
  renderVpnGatewayAttributes,
  requireActiveVpnGateway,
  VPN_GATEWAY_KIND,
} from './vpn-gateway.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';
import { describeVpnGateway, describeVpnGateways } from './vpn-gateway.describe.ts';
import { seedVpn } from './vpn-gateway.seed.ts';
import { checkVpnGatewayOffer } from './vpn-gateway.offer.ts';
import { isReleaseForbidden, placeGateway } from './vpn-gateway.dual.ts';
import { provisionVpnGateway } from './vpn-gateway.provision.ts';

const NAME = () => v.name({ min: 2, max: 100, code: 'InvalidName' });

const createVpnGatewayParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  VpcId: z.string(),
  Bandwidth: v.int(),
  VSwitchId: z.string().optional(),
  DisasterRecoveryVSwitchId: z.string().optional(),
  Name: NAME().optional(),
  EnableIpsec: v.bool().optional(),
  EnableSsl: v.bool().optional(),
  SslConnections: v.int().optional(),
  InstanceChargeType: v.oneOf(['POSTPAY', 'PREPAY'] as const, { ci: true }).optional(),
  Period: v.int().optional(),
  AutoPay: v.bool().optional(),
  NetworkType: v.oneOf(['public', 'private'] as const).optional(),
  VpnType: v.oneOf(['Normal', 'NationalStandard'] as const).optional(),
  ResourceGroupId: z.string().optional(),
  ClientToken: v.clientToken().optional(),
});

function createVpnGateway(ctx: ActionContext) {
  const p = parseParams(createVpnGatewayParams, ctx.params);
  requireRegion(p.RegionId);
  const { networkType, prepay } = checkVpnGatewayOffer(p.RegionId, p);
  const vpc = requireVpc(ctx.store, p.RegionId, p.VpcId);
  const { vsw, drVsw } = placeGateway(ctx.store, {
    regionId: p.RegionId,
    vpcId: vpc.id,
    VSwitchId: p.VSwitchId,
    DisasterRecoveryVSwitchId: p.DisasterRecoveryVSwitchId,
    spec: `${p.Bandwidth}M`,
    gatewayType: 'Traditional',
  });
  // Billing is not emulated: AutoPay is accepted and the gateway provisions either way.
  const place = { regionId: p.RegionId, vpc, vsw, drVsw, name: p.Name, networkType };
  const gw = provisionVpnGateway(
    ctx,
    { ...place, resourceGroupId: p.ResourceGroupId },
    (created) => ({
      Bandwidth: p.Bandwidth,
      EnableIpsec: p.EnableIpsec ?? true,
      EnableSsl: p.EnableSsl ?? false,
      SslConnections: p.SslConnections ?? 5,
      ChargeType: prepay ? 'Prepay' : 'POSTPAY',
      VpnType: p.VpnType ?? 'Normal',
      // [emulator choice] EndTime: PREPAY = create + Period months; POSTPAY = 0 (no expiry).
      EndTime: prepay ? epochMs(addMonths(created, p.Period ?? 1)) : 0,
      GatewayType: 'Traditional',
    }),
  );
  return { VpnGatewayId: gw.id, Name: gw.Name, OrderId: orderIdOf(gw.id) };
}

function addMonths(d: Date, months: number): Date {
  const out = new Date(d);
  out.setUTCMonth(out.getUTCMonth() + months);
  return out;
}

// A stable pseudo order number derived from the id (billing is not emulated).
function orderIdOf(id: string): number {
  let n = 0;
  for (const ch of id) n = (n * 31 + ch.charCodeAt(0)) % 1_000_000_000;
  return 200_000_000_000 + n;
}

const deleteVpnGatewayParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  VpnGatewayId: z.string(),
  ClientToken: v.clientToken().optional(),
});

function deleteVpnGateway(ctx: ActionContext) {
  const p = parseParams(deleteVpnGatewayParams, ctx.params);
  requireRegion(p.RegionId);
  const gw = requireActiveVpnGateway(ctx.store, p.RegionId, p.VpnGatewayId);
  if (isReleaseForbidden(gw, ctx.now)) throw forbiddenRelease();
  releaseVpnGateway(ctx, gw);
  return {};
}

/** Refuses while connections use the gateway, then deletes it (`deleting` → gone). */
export function releaseVpnGateway(ctx: ActionContext, gw: VpnGatewayRecord): void {
  if (connectionsWhere(ctx.store, gw.regionId, (c) => c.VpnGatewayId === gw.id).length > 0)
    throw dependencyViolationVpnConnection();
  if (sslVpnServersOf(ctx.store, gw.regionId, gw.id).length > 0)
    throw dependencyViolationSslVpnServer();
  if (ipsecServersOf(ctx.store, gw.regionId, gw.id).length > 0)
    throw dependencyViolationIpsecServer();
  gw.Status = 'deleting';
  ctx.lifecycle.schedule({
    regionId: gw.regionId,
    kind: VPN_GATEWAY_KIND,
    resourceId: gw.id,
    duration: 'vpn',
    remove: true,
    effect: {
      name: 'vpn-gateway.released',
      args: { regionId: gw.regionId, vSwitchId: gw.VSwitchId, ip: gw.IntranetIp },
    },
  });
}

/** Gives the gateway's private IP back to its vSwitch once it is gone. */
const vpnGatewayReleased: EffectFn = (store, args) => {
  const { regionId, vSwitchId, ip } = args as { regionId: string; vSwitchId: string; ip: string };
  if (ip) releaseIp(store, regionId, vSwitchId, ip);
};

/** ModifyVpnGatewayAttribute's parameters, which UpdateEnhancedVpnGateway shares (REFERENCE-2 §1.4). */
export const modifyVpnGatewayAttributeParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  VpnGatewayId: z.string(),
  Name: NAME().optional(),
  Description: v.description({ min: 1, max: 100, code: 'InvalidDescription' }).optional(),
  AutoPropagate: v.bool().optional(),
  ClientToken: v.clientToken().optional(),
});

function modifyVpnGatewayAttribute(ctx: ActionContext) {
  const p = parseParams(modifyVpnGatewayAttributeParams, ctx.params);
  requireRegion(p.RegionId);
  // No concurrent modifications of one gateway (REFERENCE §3.4).
  const gw = requireActiveVpnGateway(ctx.store, p.RegionId, p.VpnGatewayId);
  if (p.Name !== undefined) gw.Name = p.Name;
  if (p.Description !== undefined) gw.Description = p.Description;
  if (p.AutoPropagate !== undefined && p.AutoPropagate !== gw.AutoPropagate) {
    // [emulator choice] Name/Description are metadata and apply at once; a route-propagation
    // change reconfigures the gateway, so it goes `updating` → `active` (REFERENCE §4.4).
    gw.Status = 'updating';
    ctx.lifecycle.schedule({
      regionId: p.RegionId,
      kind: VPN_GATEWAY_KIND,
      resourceId: gw.id,
      duration: 'vpnConnection',
      set: { Status: 'active', AutoPropagate: p.AutoPropagate },
    });
  }
  return renderVpnGatewayAttributes(gw);
}

/** VPN gateways (REFERENCE §3.4, lifecycle §4.4); seeds the whole VPN family. */
export const vpnGatewayResource: ResourceModule = {
  name: 'vpn-gateway',
  handlers: {
    CreateVpnGateway: createVpnGateway,
    DescribeVpnGateways: describeVpnGateways,
    DescribeVpnGateway: describeVpnGateway,
    DeleteVpnGateway: deleteVpnGateway,
    ModifyVpnGatewayAttribute: modifyVpnGatewayAttribute,
  },
  tagKinds: { VPNGATEWAY: VPN_GATEWAY_KIND },
  effects: { 'vpn-gateway.released': vpnGatewayReleased },
  seed: seedVpn,
};
