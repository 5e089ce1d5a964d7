import { z } from 'zod';
import {
  dependencyViolationVpnConnection,
  invalidIpAddressAlreadyExist,
  invalidIpAddressWrongFormat,
} from '../errors.ts';
import { idSet, pageParams, paginate } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import { applyTags, matchesTags, tagListParam } from '../tags.ts';
import {
  asnParam,
  CUSTOMER_GATEWAY_KIND,
  customerGatewayIpProblem,
  renderCustomerGateway,
  requireCustomerGateway,
} from './customer-gateway.model.ts';
import type { CustomerGatewayRecord } from './customer-gateway.model.ts';
import { modifyCustomerGatewayAttribute } from './customer-gateway.modify.ts';
import { connectionsWhere, customerGatewaysOf } from './vpn-connection.model.ts';
import { epochMs } from './vpn-gateway.model.ts';

// Name/Description: len 1–100, no http(s):// prefix (REFERENCE §3.4 CreateCustomerGateway).
const NO_HTTP = /^(?!https?:\/\/)/i;
// AuthKey: 1–64 ASCII, no spaces, `?` or CJK (REFERENCE §3.4).
const AUTH_KEY = /^[\x21-\x3e\x40-\x7e]+$/;

const createCustomerGatewayParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  IpAddress: z.string(),
  Asn: asnParam().optional(),
  AuthKey: v.str({ min: 1, max: 64, pattern: AUTH_KEY }).optional(),
  Name: v.str({ min: 1, max: 100, pattern: NO_HTTP, code: 'InvalidName' }).optional(),
  Description: v.str({ min: 1, max: 100, pattern: NO_HTTP, code: 'InvalidDescription' }).optional(),
  ResourceGroupId: z.string().optional(),
  ClientToken: v.clientToken().optional(),
  // `Tags` (plural) on this action (REFERENCE §3.4, §8.9).
  Tags: tagListParam(),
});

function createCustomerGateway(ctx: ActionContext) {
  const p = parseParams(createCustomerGatewayParams, ctx.params);
  requireRegion(p.RegionId);
  const problem = customerGatewayIpProblem(p.IpAddress);
  if (problem) throw invalidIpAddressWrongFormat(problem);
  const table = ctx.store.table<CustomerGatewayRecord>(p.RegionId, CUSTOMER_GATEWAY_KIND);
  if (table.list().some((c) => c.IpAddress === p.IpAddress))
    throw invalidIpAddressAlreadyExist(
      `A customer gateway with IpAddress ${p.IpAddress} already exists.`,
    );
  const id = ctx.newId('cgw', p.RegionId);
  const cgw: CustomerGatewayRecord = {
    id,
    regionId: p.RegionId,
    tags: [],
    Name: p.Name ?? '',
    Description: p.Description ?? '',
    IpAddress: p.IpAddress,
    Asn: p.Asn ?? 0,
    AuthKey: p.AuthKey ?? '',
    CreateTime: epochMs(ctx.now),
    ResourceGroupId: p.ResourceGroupId ?? 'rg-acfmdemo0default',
  };
  applyTags(cgw, p.Tags);
  // Synchronous: no status field exists for customer gateways (REFERENCE §4.4).
  table.put(cgw);
  return {
    CustomerGatewayId: id,
    Name: cgw.Name,
    Description: cgw.Description,
    IpAddress: cgw.IpAddress,
    CreateTime: cgw.CreateTime,
  };
}

const describeCustomerGatewaysParams = paramsSchema({
  ...ownerParams,
  ...pageParams(),
  RegionId: z.string(),
  CustomerGatewayId: z.string().optional(),
  ResourceGroupId: z.string().optional(),
  // `Tag` (singular) on describe (REFERENCE §3.4).
  Tag: tagListParam(),
});

function describeCustomerGateways(ctx: ActionContext) {
  const p = parseParams(describeCustomerGatewaysParams, ctx.params);
  requireRegion(p.RegionId);
  const ids = idSet(p.CustomerGatewayId);
  const rows = ctx.store
    .table<CustomerGatewayRecord>(p.RegionId, CUSTOMER_GATEWAY_KIND)
    .list()
    .filter(
      (c) =>
        (!ids || ids.has(c.id)) &&
        (p.ResourceGroupId === undefined || c.ResourceGroupId === p.ResourceGroupId) &&
        matchesTags(c, p.Tag),
    );
  const page = paginate(rows, p);
  return {
    TotalCount: page.TotalCount,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    CustomerGateways: { CustomerGateway: page.items.map(renderCustomerGateway) },
  };
}

const describeCustomerGatewayParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  CustomerGatewayId: z.string(),
});

function describeCustomerGateway(ctx: ActionContext) {
  const p = parseParams(describeCustomerGatewayParams, ctx.params);
  requireRegion(p.RegionId);
  return renderCustomerGateway(requireCustomerGateway(ctx.store, p.RegionId, p.CustomerGatewayId));
}

const deleteCustomerGatewayParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  CustomerGatewayId: z.string(),
  ClientToken: v.clientToken().optional(),
});

function deleteCustomerGateway(ctx: ActionContext) {
  const p = parseParams(deleteCustomerGatewayParams, ctx.params);
  requireRegion(p.RegionId);
  const cgw = requireCustomerGateway(ctx.store, p.RegionId, p.CustomerGatewayId);
  // Refused while an IPsec connection references it, even one being deleted (REFERENCE §3.4).
  if (
    connectionsWhere(ctx.store, p.RegionId, (c) => customerGatewaysOf(c).includes(cgw.id)).length >
    0
  )
    throw dependencyViolationVpnConnection();
  ctx.store.table(p.RegionId, CUSTOMER_GATEWAY_KIND).remove(cgw.id);
  return {};
}

/** Customer gateways (REFERENCE §3.4): synchronous, guarded by the connections using them. */
export const customerGatewayResource: ResourceModule = {
  name: 'customer-gateway',
  handlers: {
    CreateCustomerGateway: createCustomerGateway,
    DescribeCustomerGateways: describeCustomerGateways,
    DescribeCustomerGateway: describeCustomerGateway,
    DeleteCustomerGateway: deleteCustomerGateway,
    ModifyCustomerGatewayAttribute: modifyCustomerGatewayAttribute,
  },
  // Not in the SDK's ResourceType list; tf sends CUSTOMERGATEWAY (REFERENCE §3.6, §7).
  tagKinds: { CUSTOMERGATEWAY: CUSTOMER_GATEWAY_KIND },
};
