import { z } from 'zod';
import {
  dependencyViolationIpv6EgressOnlyRule,
  dependencyViolationIpv6InternetBandwidth,
  dryRunOperation,
  operationConflict,
  quotaExceededIpv6Gateway,
  vpcIpv6NotEnabled,
} from '../errors.ts';
import { idSet, pageParams, paginate } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import { applyTags, matchesTags, tagListParam } from '../tags.ts';
import { ipv6AddressesOf } from './ipv6-address.model.ts';
import { egressRulesOf } from './ipv6-egress-rule.model.ts';
import {
  DEMO_OWNER_ID,
  emptyIpv6GatewayAttribute,
  IPV6_DESCRIPTION,
  IPV6_GATEWAY_KIND,
  ipv6GatewayOfVpc,
  IPV6_NAME,
  renderIpv6Gateway,
  requireAvailableIpv6Gateway,
} from './ipv6-gateway.model.ts';
import type { Ipv6GatewayRecord } from './ipv6-gateway.model.ts';
import { seedIpv6 } from './ipv6-gateway.seed.ts';
import { isoSeconds } from './nat-gateway.model.ts';
import { requireVpc } from './vpc.model.ts';

const createIpv6GatewayParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  VpcId: z.string(),
  Name: IPV6_NAME().optional(),
  Description: IPV6_DESCRIPTION().optional(),
  ResourceGroupId: z.string().optional(),
  ClientToken: v.clientToken().optional(),
  DryRun: v.bool().optional(),
  Tag: tagListParam(),
});

function createIpv6Gateway(ctx: ActionContext) {
  const p = parseParams(createIpv6GatewayParams, ctx.params);
  requireRegion(p.RegionId);
  const vpc = requireVpc(ctx.store, p.RegionId, p.VpcId);
  if (!vpc.EnabledIpv6 || !vpc.Ipv6CidrBlock) throw vpcIpv6NotEnabled(vpc.id);
  const existing = ipv6GatewayOfVpc(ctx.store, p.RegionId, vpc.id);
  // No concurrent creates in one VPC (REFERENCE §3.5); otherwise one gateway per VPC (§4.5).
  if (existing?.Status === 'Pending') throw operationConflict();
  if (existing) throw quotaExceededIpv6Gateway(vpc.id, existing.id);
  if (p.DryRun) throw dryRunOperation();
  const id = ctx.newId('ipv6gw', p.RegionId);
  const gw: Ipv6GatewayRecord = {
    id,
    regionId: p.RegionId,
    tags: [],
    Name: p.Name ?? '',
    Description: p.Description ?? '',
    VpcId: vpc.id,
    Status: 'Pending',
    CreationTime: isoSeconds(ctx.now),
    ResourceGroupId: p.ResourceGroupId ?? vpc.ResourceGroupId,
  };
  applyTags(gw, p.Tag);
  ctx.store.table<Ipv6GatewayRecord>(p.RegionId, IPV6_GATEWAY_KIND).put(gw);
  ctx.lifecycle.schedule({
    regionId: p.RegionId,
    kind: IPV6_GATEWAY_KIND,
    resourceId: id,
    duration: 'ipv6',
    set: { Status: 'Available' },
  });
  return { Ipv6GatewayId: id, ResourceGroupId: gw.ResourceGroupId };
}

const describeIpv6GatewaysParams = paramsSchema({
  ...ownerParams,
  ...pageParams(),
  RegionId: z.string(),
  Ipv6GatewayId: z.string().optional(),
  VpcId: z.string().optional(),
  Name: z.string().optional(),
  ResourceGroupId: z.string().optional(),
  // `Tags` (plural) is the filter here (REFERENCE §3.5, §8.9).
  Tags: tagListParam(),
});

function describeIpv6Gateways(ctx: ActionContext) {
  const p = parseParams(describeIpv6GatewaysParams, ctx.params);
  requireRegion(p.RegionId);
  const ids = idSet(p.Ipv6GatewayId);
  const rows = ctx.store
    .table<Ipv6GatewayRecord>(p.RegionId, IPV6_GATEWAY_KIND)
    .list()
    .filter(
      (g) =>
        (!ids || ids.has(g.id)) &&
        (p.VpcId === undefined || g.VpcId === p.VpcId) &&
        (p.Name === undefined || g.Name === p.Name) &&
        (p.ResourceGroupId === undefined || g.ResourceGroupId === p.ResourceGroupId) &&
        matchesTags(g, p.Tags),
    );
  const page = paginate(rows, p);
  return {
    TotalCount: page.TotalCount,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    Ipv6Gateways: {
      Ipv6Gateway: page.items.map((g) => ({ ...renderIpv6Gateway(g), OwnerId: DEMO_OWNER_ID })),
    },
  };
}

const describeIpv6GatewayAttributeParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  Ipv6GatewayId: z.string(),
});

function describeIpv6GatewayAttribute(ctx: ActionContext) {
  const p = parseParams(describeIpv6GatewayAttributeParams, ctx.params);
  requireRegion(p.RegionId);
  const gw = ctx.store.table<Ipv6GatewayRecord>(p.RegionId, IPV6_GATEWAY_KIND).get(p.Ipv6GatewayId);
  // No not-found code is known: tf treats 200 with an empty Status as gone (REFERENCE §3.5, §5.6).
  return gw ? renderIpv6Gateway(gw) : emptyIpv6GatewayAttribute(p.RegionId);
}

const deleteIpv6GatewayParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  Ipv6GatewayId: z.string(),
  ClientToken: v.clientToken().optional(),
  DryRun: v.bool().optional(),
});

function deleteIpv6Gateway(ctx: ActionContext) {
  const p = parseParams(deleteIpv6GatewayParams, ctx.params);
  requireRegion(p.RegionId);
  const gw = requireAvailableIpv6Gateway(ctx.store, p.RegionId, p.Ipv6GatewayId);
  const withBandwidth = ipv6AddressesOf(ctx.store, p.RegionId).filter(
    (a) => a.VpcId === gw.VpcId && a.bandwidth,
  );
  if (withBandwidth.length > 0) throw dependencyViolationIpv6InternetBandwidth();
  // Egress-only rules must be deleted first (REFERENCE §3.5 DeleteIpv6Gateway remark).
  if (egressRulesOf(ctx.store, p.RegionId, gw.id).length > 0)
    throw dependencyViolationIpv6EgressOnlyRule();
  if (p.DryRun) throw dryRunOperation();
  gw.Status = 'Deleting';
  ctx.lifecycle.schedule({
    regionId: p.RegionId,
    kind: IPV6_GATEWAY_KIND,
    resourceId: gw.id,
    duration: 'ipv6',
    remove: true,
  });
  return {};
}

const modifyIpv6GatewayAttributeParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  Ipv6GatewayId: z.string(),
  Name: IPV6_NAME().optional(),
  Description: IPV6_DESCRIPTION().optional(),
  ClientToken: v.clientToken().optional(),
  DryRun: v.bool().optional(),
});

function modifyIpv6GatewayAttribute(ctx: ActionContext) {
  const p = parseParams(modifyIpv6GatewayAttributeParams, ctx.params);
  requireRegion(p.RegionId);
  const gw = requireAvailableIpv6Gateway(ctx.store, p.RegionId, p.Ipv6GatewayId);
  if (p.DryRun) throw dryRunOperation();
  // Metadata only: applied at once, the gateway stays `Available` (tf waits for it, §3.5).
  if (p.Name !== undefined) gw.Name = p.Name;
  if (p.Description !== undefined) gw.Description = p.Description;
  return {};
}

/** IPv6 gateways (REFERENCE §3.5, lifecycle §4.5); seeds the IPv6 family. */
export const ipv6GatewayResource: ResourceModule = {
  name: 'ipv6-gateway',
  handlers: {
    CreateIpv6Gateway: createIpv6Gateway,
    DescribeIpv6Gateways: describeIpv6Gateways,
    DescribeIpv6GatewayAttribute: describeIpv6GatewayAttribute,
    DeleteIpv6Gateway: deleteIpv6Gateway,
    ModifyIpv6GatewayAttribute: modifyIpv6GatewayAttribute,
  },
  tagKinds: { IPV6GATEWAY: IPV6_GATEWAY_KIND },
  seed: seedIpv6,
};
