import { z } from 'zod';
import {
  defaultNatIp,
  dependencyViolationForwardEntry,
  dependencyViolationFullNatEntry,
  dependencyViolationSnatEntry,
  dryRunOperation,
  incorrectStatusNatGateway,
  ipv4PrefixUnsupported,
  missingParameter,
  nextTokenMalformed,
  operationConflict,
} from '../errors.ts';
import type { EffectFn } from '../lifecycle.ts';
import { tokenPage } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ActionHandler } from '../resource-module.ts';
import { vpcNatText } from './nat-ip-cidr.handlers.ts';
import { requireNatIpCidr, requireVpcNat } from './nat-ip-cidr.model.ts';
import {
  allocateNatIp,
  NAT_IP_KIND,
  natIpsOf,
  natIpUse,
  renderNatIp,
  requireSettledNatIp,
} from './nat-ip.model.ts';
import type { NatIpRecord } from './nat-ip.model.ts';
import { requireNat } from './nat-gateway.model.ts';
import { releaseIp } from './vpc.model.ts';

const common = {
  ...ownerParams,
  RegionId: z.string(),
  ClientToken: v.clientToken().optional(),
  DryRun: v.bool().optional(),
};

const createParams = paramsSchema({
  ...common,
  NatGatewayId: z.string(),
  NatIpCidr: v.cidr('InvalidNatIpCidr.Malformed'),
  NatIp: v.ipv4('InvalidParameter.NatIp.Malformed').optional(),
  NatIpName: vpcNatText.name(),
  NatIpDescription: vpcNatText.description(),
  Ipv4Prefix: z.string().optional(),
  Ipv4PrefixCount: z.string().optional(),
});

function createNatIp(ctx: ActionContext) {
  const p = parseParams(createParams, ctx.params);
  requireRegion(p.RegionId);
  if (p.Ipv4Prefix !== undefined || p.Ipv4PrefixCount !== undefined) throw ipv4PrefixUnsupported();
  const nat = requireVpcNat(ctx.store, p.RegionId, p.NatGatewayId);
  if (nat.Status !== 'Available') throw incorrectStatusNatGateway(nat.id);
  const cidr = requireNatIpCidr(ctx.store, nat, p.NatIpCidr);
  // "No concurrent NAT IP creation on one gateway" (§4.8); tf retries OperationConflict.
  if (natIpsOf(ctx.store, nat).some((n) => n.Status === 'Creating')) throw operationConflict();
  if (p.DryRun) {
    allocateNatIp(ctx.store, nat, { ...cidr, IsDefault: false }, p.NatIp);
    throw dryRunOperation();
  }
  const ip = allocateNatIp(ctx.store, nat, cidr, p.NatIp);
  const id = ctx.newId('vpcnatip', p.RegionId);
  ctx.store.table<NatIpRecord>(p.RegionId, NAT_IP_KIND).put({
    id,
    regionId: p.RegionId,
    tags: [],
    NatGatewayId: nat.id,
    NatIp: ip,
    NatIpCidr: cidr.NatIpCidr,
    NatIpName: p.NatIpName ?? '',
    NatIpDescription: p.NatIpDescription ?? '',
    IsDefault: false,
    Status: 'Creating',
  });
  ctx.lifecycle.schedule({
    regionId: p.RegionId,
    kind: NAT_IP_KIND,
    resourceId: id,
    duration: 'snat',
    set: { Status: 'Available' },
  });
  return {
    NatIpId: id,
    NatIp: ip,
    Ipv4Prefix: '',
    NatIps: [{ NatIpId: id, NatIp: ip, Ipv4Prefix: '' }],
  };
}

const deleteParams = paramsSchema({
  ...common,
  NatIpId: z.string().optional(),
  NatGatewayId: z.string().optional(),
  Ipv4Prefix: z.string().optional(),
});

const IN_USE = {
  SnatEntry: dependencyViolationSnatEntry,
  ForwardEntry: dependencyViolationForwardEntry,
  FullNatEntry: dependencyViolationFullNatEntry,
};

function deleteNatIp(ctx: ActionContext) {
  const p = parseParams(deleteParams, ctx.params);
  requireRegion(p.RegionId);
  if (p.Ipv4Prefix !== undefined) throw ipv4PrefixUnsupported();
  if (p.NatIpId === undefined) throw missingParameter('NatIpId is mandatory for this action.');
  const natIp = requireSettledNatIp(ctx.store, p.RegionId, p.NatIpId);
  const nat = requireNat(ctx.store, p.RegionId, natIp.NatGatewayId);
  if (natIp.IsDefault) throw defaultNatIp(natIp.NatIp);
  // An address still used by an entry stays (§4.8: DependencyViolation.SnatEntry's text).
  const use = natIpUse(ctx.store, nat, natIp.NatIp);
  if (use) throw IN_USE[use]();
  if (p.DryRun) throw dryRunOperation();
  natIp.Status = 'Deleting';
  ctx.lifecycle.schedule({
    regionId: p.RegionId,
    kind: NAT_IP_KIND,
    resourceId: natIp.id,
    duration: 'snat',
    remove: true,
    effect: {
      name: 'vpcnat.ip-released',
      args: { regionId: p.RegionId, vSwitchId: nat.VSwitchId, ip: natIp.NatIp },
    },
  });
  return {};
}

/** Gives an address of the default block (the vSwitch's CIDR) back to the vSwitch. */
export const natIpReleased: EffectFn = (store, args) => {
  const { regionId, vSwitchId, ip } = args as { regionId: string; vSwitchId: string; ip: string };
  releaseIp(store, regionId, vSwitchId, ip);
};

const modifyParams = paramsSchema({
  ...common,
  NatIpId: z.string(),
  NatIpName: vpcNatText.name(),
  NatIpDescription: vpcNatText.description(),
});

function modifyNatIpAttribute(ctx: ActionContext) {
  const p = parseParams(modifyParams, ctx.params);
  requireRegion(p.RegionId);
  const natIp = requireSettledNatIp(ctx.store, p.RegionId, p.NatIpId);
  if (p.DryRun) throw dryRunOperation();
  if (p.NatIpName !== undefined) natIp.NatIpName = p.NatIpName;
  if (p.NatIpDescription !== undefined) natIp.NatIpDescription = p.NatIpDescription;
  return {};
}

const listParams = paramsSchema({
  ...common,
  NatGatewayId: z.string(),
  NatIpCidr: z.string().optional(),
  NatIpIds: v.list(z.string(), 20).optional(),
  NatIpName: v.list(z.string(), 20).optional(),
  NatIpStatus: v.oneOf(['Available', 'Deleting', 'Creating'] as const).optional(),
  IpOrigin: v.oneOf(['prefix', 'cidr', ''] as const).optional(),
  Ipv4Prefix: z.string().optional(),
  MaxResults: v.int({ min: 1, max: 100 }).optional(),
  NextToken: z.string().optional(),
});

function listNatIps(ctx: ActionContext) {
  const p = parseParams(listParams, ctx.params);
  requireRegion(p.RegionId);
  const nat = requireVpcNat(ctx.store, p.RegionId, p.NatGatewayId);
  const rows = natIpsOf(ctx.store, nat).filter(
    (n) =>
      (p.NatIpCidr === undefined || n.NatIpCidr === p.NatIpCidr) &&
      (!p.NatIpIds?.length || p.NatIpIds.includes(n.id)) &&
      (!p.NatIpName?.length || p.NatIpName.includes(n.NatIpName)) &&
      (p.NatIpStatus === undefined || n.Status === p.NatIpStatus) &&
      // Every emulated NAT IP is stand-alone (no /28 prefixes).
      p.IpOrigin !== 'prefix' &&
      p.Ipv4Prefix === undefined,
  );
  const page = tokenPage(rows, p, nextTokenMalformed);
  return {
    NatIps: page.items.map((n) => renderNatIp(ctx.store, nat, n)),
    NextToken: page.NextToken,
    // A string here (§0.3 type trap).
    TotalCount: String(rows.length),
  };
}

/** NAT IP actions (REFERENCE-2 §4.8, lifecycle §7.5). */
export const natIpHandlers: Record<string, ActionHandler> = {
  CreateNatIp: createNatIp,
  DeleteNatIp: deleteNatIp,
  ModifyNatIpAttribute: modifyNatIpAttribute,
  ListNatIps: listNatIps,
};
