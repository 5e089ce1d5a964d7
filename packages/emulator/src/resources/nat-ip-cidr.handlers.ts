import { z } from 'zod';
import {
  defaultNatIpCidr,
  dependencyViolationNatIp,
  dryRunOperation,
  incorrectStatusNatGateway,
  nextTokenMalformed,
} from '../errors.ts';
import { tokenPage } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ActionHandler } from '../resource-module.ts';
import {
  checkNewNatIpCidr,
  NAT_IP_CIDR_KIND,
  natIpCidrsOf,
  renderNatIpCidr,
  requireNatIpCidr,
  requireVpcNat,
} from './nat-ip-cidr.model.ts';
import type { NatIpCidrRecord } from './nat-ip-cidr.model.ts';
import { natIpsOf } from './nat-ip.model.ts';
import { isoSeconds } from './nat-gateway.model.ts';

/** Name and description rules of NAT CIDR blocks, NAT IPs and FULLNAT entries (§4.8, §4.9). */
export const vpcNatText = {
  name: () => v.name({ min: 2, max: 128, code: 'InvalidParameter.Name.Malformed' }).optional(),
  description: () =>
    v.description({ min: 2, max: 256, code: 'InvalidParameter.Description.Malformed' }).optional(),
};

const cidrParams = {
  ...ownerParams,
  RegionId: z.string(),
  NatGatewayId: z.string(),
  NatIpCidr: v.cidr('InvalidNatIpCidr.Malformed'),
  ClientToken: v.clientToken().optional(),
  DryRun: v.bool().optional(),
};
const writeParams = paramsSchema({
  ...cidrParams,
  NatIpCidrName: vpcNatText.name(),
  NatIpCidrDescription: vpcNatText.description(),
});

function createNatIpCidr(ctx: ActionContext) {
  const p = parseParams(writeParams, ctx.params);
  requireRegion(p.RegionId);
  const nat = requireVpcNat(ctx.store, p.RegionId, p.NatGatewayId);
  if (nat.Status !== 'Available') throw incorrectStatusNatGateway(nat.id);
  checkNewNatIpCidr(ctx.store, nat, p.NatIpCidr);
  if (p.DryRun) throw dryRunOperation();
  const id = ctx.newId('vpcnatcidr', p.RegionId);
  ctx.store.table<NatIpCidrRecord>(p.RegionId, NAT_IP_CIDR_KIND).put({
    id,
    regionId: p.RegionId,
    tags: [],
    NatGatewayId: nat.id,
    NatIpCidr: p.NatIpCidr,
    NatIpCidrName: p.NatIpCidrName ?? '',
    NatIpCidrDescription: p.NatIpCidrDescription ?? '',
    IsDefault: false,
    CreationTime: isoSeconds(ctx.now),
  });
  // Synchronous ([emulator choice]): the only documented status is `Available` (§7.5).
  return { NatIpCidrId: id };
}

function deleteNatIpCidr(ctx: ActionContext) {
  const p = parseParams(paramsSchema(cidrParams), ctx.params);
  requireRegion(p.RegionId);
  const nat = requireVpcNat(ctx.store, p.RegionId, p.NatGatewayId);
  const cidr = requireNatIpCidr(ctx.store, nat, p.NatIpCidr);
  if (cidr.IsDefault) throw defaultNatIpCidr(cidr.NatIpCidr);
  // "Delete all NAT IPs in the block first" (§4.8).
  if (natIpsOf(ctx.store, nat).some((n) => n.NatIpCidr === cidr.NatIpCidr))
    throw dependencyViolationNatIp();
  if (p.DryRun) throw dryRunOperation();
  ctx.store.table(p.RegionId, NAT_IP_CIDR_KIND).remove(cidr.id);
  return {};
}

function modifyNatIpCidrAttribute(ctx: ActionContext) {
  const p = parseParams(writeParams, ctx.params);
  requireRegion(p.RegionId);
  const nat = requireVpcNat(ctx.store, p.RegionId, p.NatGatewayId);
  const cidr = requireNatIpCidr(ctx.store, nat, p.NatIpCidr);
  if (p.DryRun) throw dryRunOperation();
  if (p.NatIpCidrName !== undefined) cidr.NatIpCidrName = p.NatIpCidrName;
  if (p.NatIpCidrDescription !== undefined) cidr.NatIpCidrDescription = p.NatIpCidrDescription;
  return {};
}

const listParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  NatGatewayId: z.string(),
  NatIpCidr: z.string().optional(),
  NatIpCidrName: v.list(z.string(), 20).optional(),
  NatIpCidrs: v.list(z.string(), 20).optional(),
  NatIpCidrStatus: v.oneOf(['Available'] as const).optional(),
  // A string on the wire like every value; the SDK models it as one too (§0.3).
  MaxResults: v.int({ min: 1, max: 100 }).optional(),
  NextToken: z.string().optional(),
  ClientToken: v.clientToken().optional(),
  DryRun: v.bool().optional(),
});

function listNatIpCidrs(ctx: ActionContext) {
  const p = parseParams(listParams, ctx.params);
  requireRegion(p.RegionId);
  const nat = requireVpcNat(ctx.store, p.RegionId, p.NatGatewayId);
  const rows = natIpCidrsOf(ctx.store, nat).filter(
    (c) =>
      (p.NatIpCidr === undefined || c.NatIpCidr === p.NatIpCidr) &&
      (!p.NatIpCidrName?.length || p.NatIpCidrName.includes(c.NatIpCidrName)) &&
      (!p.NatIpCidrs?.length || p.NatIpCidrs.includes(c.NatIpCidr)),
  );
  const page = tokenPage(rows, p, nextTokenMalformed);
  // TotalCount is a string here (§0.3 type trap).
  return {
    NatIpCidrs: page.items.map(renderNatIpCidr),
    NextToken: page.NextToken,
    TotalCount: String(rows.length),
  };
}

/** NAT CIDR block actions (REFERENCE-2 §4.8). */
export const natIpCidrHandlers: Record<string, ActionHandler> = {
  CreateNatIpCidr: createNatIpCidr,
  DeleteNatIpCidr: deleteNatIpCidr,
  ModifyNatIpCidrAttribute: modifyNatIpCidrAttribute,
  ListNatIpCidrs: listNatIpCidrs,
};
