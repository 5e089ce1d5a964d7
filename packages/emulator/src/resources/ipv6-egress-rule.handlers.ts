import { z } from 'zod';
import { dryRunOperation } from '../errors.ts';
import { pageParams, paginate } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import { checkSameVpc, requireIpv6Address } from './ipv6-address.model.ts';
import {
  checkAddressFree,
  egressRulesOf,
  IPV6_EGRESS_RULE_KIND,
  renderEgressRule,
  requireAvailableEgressRule,
} from './ipv6-egress-rule.model.ts';
import type { Ipv6EgressRuleRecord } from './ipv6-egress-rule.model.ts';
import { seedEgressRules } from './ipv6-egress-rule.seed.ts';
import { IPV6_DESCRIPTION, IPV6_NAME, requireAvailableIpv6Gateway } from './ipv6-gateway.model.ts';

// `Ipv6Address` in Create, `IPv6Address`/`IPv6Prefix` in Describe: case-insensitive (§5.1).
const INSTANCE_TYPES = ['Ipv6Address', 'IPv6Prefix'] as const;

const createIpv6EgressOnlyRuleParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  Ipv6GatewayId: z.string(),
  InstanceId: z.string(),
  InstanceType: v.oneOf(['Ipv6Address'] as const, { ci: true }).optional(),
  Name: IPV6_NAME().optional(),
  Description: IPV6_DESCRIPTION().optional(),
  ClientToken: v.clientToken().optional(),
  DryRun: v.bool().optional(),
});

function createIpv6EgressOnlyRule(ctx: ActionContext) {
  const p = parseParams(createIpv6EgressOnlyRuleParams, ctx.params);
  requireRegion(p.RegionId);
  const gw = requireAvailableIpv6Gateway(ctx.store, p.RegionId, p.Ipv6GatewayId);
  const addr = requireIpv6Address(ctx.store, p.RegionId, p.InstanceId);
  checkSameVpc(addr, gw);
  checkAddressFree(ctx.store, p.RegionId, addr.id);
  if (p.DryRun) throw dryRunOperation();
  const id = ctx.newId('ipv6py', p.RegionId);
  const rule: Ipv6EgressRuleRecord = {
    id,
    regionId: p.RegionId,
    tags: [],
    Ipv6GatewayId: gw.id,
    InstanceId: addr.id,
    Name: p.Name ?? '',
    Description: p.Description ?? '',
    Status: 'Pending',
  };
  ctx.store.table<Ipv6EgressRuleRecord>(p.RegionId, IPV6_EGRESS_RULE_KIND).put(rule);
  ctx.lifecycle.schedule({
    regionId: p.RegionId,
    kind: IPV6_EGRESS_RULE_KIND,
    resourceId: id,
    duration: 'ipv6',
    set: { Status: 'Available' },
  });
  // The field drops "Only" here, unlike the request and list fields (REFERENCE-2 §5.1).
  return { Ipv6EgressRuleId: id };
}

const describeIpv6EgressOnlyRulesParams = paramsSchema({
  ...ownerParams,
  ...pageParams(),
  RegionId: z.string(),
  Ipv6GatewayId: z.string(),
  Ipv6EgressOnlyRuleId: z.string().optional(),
  InstanceId: z.string().optional(),
  InstanceType: v.oneOf(INSTANCE_TYPES, { ci: true }).optional(),
  Name: z.string().optional(),
});

// An unknown gateway lists nothing: tf reads 0 elements as "not found" (REFERENCE-2 §5.3).
function describeIpv6EgressOnlyRules(ctx: ActionContext) {
  const p = parseParams(describeIpv6EgressOnlyRulesParams, ctx.params);
  requireRegion(p.RegionId);
  const rows = egressRulesOf(ctx.store, p.RegionId, p.Ipv6GatewayId).filter(
    (r) =>
      (p.Ipv6EgressOnlyRuleId === undefined || r.id === p.Ipv6EgressOnlyRuleId) &&
      (p.InstanceId === undefined || r.InstanceId === p.InstanceId) &&
      // Every rule targets an address; an IPv6Prefix filter matches none.
      (p.InstanceType === undefined || p.InstanceType === 'Ipv6Address') &&
      (p.Name === undefined || r.Name === p.Name),
  );
  const page = paginate(rows, p);
  return {
    TotalCount: page.TotalCount,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    Ipv6EgressOnlyRules: { Ipv6EgressOnlyRule: page.items.map(renderEgressRule) },
  };
}

const deleteIpv6EgressOnlyRuleParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  Ipv6EgressOnlyRuleId: z.string(),
  ClientToken: v.clientToken().optional(),
  DryRun: v.bool().optional(),
});

function deleteIpv6EgressOnlyRule(ctx: ActionContext) {
  const p = parseParams(deleteIpv6EgressOnlyRuleParams, ctx.params);
  requireRegion(p.RegionId);
  const rule = requireAvailableEgressRule(ctx.store, p.RegionId, p.Ipv6EgressOnlyRuleId);
  if (p.DryRun) throw dryRunOperation();
  rule.Status = 'Deleting';
  ctx.lifecycle.schedule({
    regionId: p.RegionId,
    kind: IPV6_EGRESS_RULE_KIND,
    resourceId: rule.id,
    duration: 'ipv6',
    remove: true,
  });
  return {};
}

/** IPv6 egress-only rules (REFERENCE-2 §5.1–§5.3, lifecycle §7.6). */
export const ipv6EgressRuleResource: ResourceModule = {
  name: 'ipv6-egress-rule',
  handlers: {
    CreateIpv6EgressOnlyRule: createIpv6EgressOnlyRule,
    DescribeIpv6EgressOnlyRules: describeIpv6EgressOnlyRules,
    DeleteIpv6EgressOnlyRule: deleteIpv6EgressOnlyRule,
  },
  seed: seedEgressRules,
};
