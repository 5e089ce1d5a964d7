import {
  allocateIpv6BandwidthSchema,
  changeIpv6BandwidthSchema,
  ipv6AddressListQuerySchema,
  ipv6AddressListSchema,
  ipv6AddressParamsSchema,
  ipv6AddressSchema,
} from '../ipv6-address.ts';
import {
  createIpv6EgressRuleSchema,
  ipv6EgressRuleListSchema,
  ipv6EgressRuleParamsSchema,
  ipv6EgressRuleSchema,
} from '../ipv6-egress-rule.ts';
import {
  createIpv6GatewaySchema,
  ipv6GatewayListQuerySchema,
  ipv6GatewayPageSchema,
  ipv6GatewayParamsSchema,
  ipv6GatewaySchema,
  ipv6VpcCandidateListSchema,
  updateIpv6GatewaySchema,
} from '../ipv6-gateway.ts';
import { regionParamsSchema, replaceTagsSchema } from '../route-params.ts';
import { defineRoute } from './define-route.ts';

const GW = '/api/regions/{regionId}/ipv6-gateways';
const ADDR = '/api/regions/{regionId}/ipv6-addresses';
const BW = `${ADDR}/{addressId}/internet-bandwidth`;
const RULES = `${GW}/{id}/egress-only-rules`;

/** IPv6 gateways: list, VPC candidates, create, read, rename, delete and tags. */
export const ipv6GatewayRoutes = {
  list: defineRoute({
    method: 'get',
    path: GW,
    summary: 'List IPv6 gateways (filter, sort, page)',
    params: regionParamsSchema,
    query: ipv6GatewayListQuerySchema,
    response: ipv6GatewayPageSchema,
  }),
  create: defineRoute({
    method: 'post',
    path: GW,
    summary: 'Create the IPv6 gateway of a VPC (409 Ipv6GatewayExists on vpcId when it has one)',
    params: regionParamsSchema,
    body: createIpv6GatewaySchema,
    status: 201,
    response: ipv6GatewaySchema,
    creates: true,
    audit: { action: 'CreateIpv6Gateway' },
  }),
  // Mounted before `get`: `vpc-candidates` would otherwise be read as an `{id}`.
  vpcCandidates: defineRoute({
    method: 'get',
    path: `${GW}/vpc-candidates`,
    summary: 'VPCs for a new IPv6 gateway, each eligible or with the reason it is not',
    params: regionParamsSchema,
    response: ipv6VpcCandidateListSchema,
  }),
  get: defineRoute({
    method: 'get',
    path: `${GW}/{id}`,
    summary: 'One IPv6 gateway',
    params: ipv6GatewayParamsSchema,
    response: ipv6GatewaySchema,
  }),
  update: defineRoute({
    method: 'patch',
    path: `${GW}/{id}`,
    summary: 'Rename / re-describe an IPv6 gateway (spec cannot change: the API has none)',
    params: ipv6GatewayParamsSchema,
    body: updateIpv6GatewaySchema,
    response: ipv6GatewaySchema,
    audit: { action: 'ModifyIpv6GatewayAttribute', resourceParam: 'id' },
  }),
  remove: defineRoute({
    method: 'delete',
    path: `${GW}/{id}`,
    summary: 'Delete an IPv6 gateway (409 while internet bandwidth remains in its VPC)',
    params: ipv6GatewayParamsSchema,
    status: 204,
    audit: { action: 'DeleteIpv6Gateway', resourceParam: 'id' },
  }),
  replaceTags: defineRoute({
    method: 'put',
    path: `${GW}/{id}/tags`,
    summary: 'Replace the tags of an IPv6 gateway',
    params: ipv6GatewayParamsSchema,
    body: replaceTagsSchema,
    response: ipv6GatewaySchema,
    audit: { action: 'TagResources', resourceParam: 'id' },
  }),
};

/** IPv6 addresses and their internet bandwidth, a singular sub-resource of the address. */
export const ipv6AddressRoutes = {
  list: defineRoute({
    method: 'get',
    path: ADDR,
    summary: 'IPv6 addresses, filtered by VPC, vSwitch, gateway or network type',
    params: regionParamsSchema,
    query: ipv6AddressListQuerySchema,
    response: ipv6AddressListSchema,
  }),
  get: defineRoute({
    method: 'get',
    path: `${ADDR}/{addressId}`,
    summary: 'One IPv6 address',
    params: ipv6AddressParamsSchema,
    response: ipv6AddressSchema,
  }),
  allocateBandwidth: defineRoute({
    method: 'post',
    path: BW,
    summary: 'Allocate internet bandwidth for an IPv6 address',
    params: ipv6AddressParamsSchema,
    body: allocateIpv6BandwidthSchema,
    status: 201,
    response: ipv6AddressSchema,
    creates: true,
    audit: { action: 'AllocateIpv6InternetBandwidth', resourceParam: 'addressId' },
  }),
  changeBandwidth: defineRoute({
    method: 'patch',
    path: BW,
    summary: "Change an IPv6 address's internet bandwidth",
    params: ipv6AddressParamsSchema,
    body: changeIpv6BandwidthSchema,
    response: ipv6AddressSchema,
    audit: { action: 'ModifyIpv6InternetBandwidth', resourceParam: 'addressId' },
  }),
  releaseBandwidth: defineRoute({
    method: 'delete',
    path: BW,
    summary: "Release an IPv6 address's internet bandwidth",
    params: ipv6AddressParamsSchema,
    status: 204,
    audit: { action: 'DeleteIpv6InternetBandwidth', resourceParam: 'addressId' },
  }),
};

/** Egress-only rules of one IPv6 gateway: list, create (Pending → Available), delete. */
export const ipv6EgressRuleRoutes = {
  list: defineRoute({
    method: 'get',
    path: RULES,
    summary: 'Every egress-only rule of an IPv6 gateway (an unknown gateway lists none)',
    params: ipv6GatewayParamsSchema,
    response: ipv6EgressRuleListSchema,
  }),
  create: defineRoute({
    method: 'post',
    path: RULES,
    summary: "Make an IPv6 address of the gateway's VPC outbound-only (the rule starts Pending)",
    params: ipv6GatewayParamsSchema,
    body: createIpv6EgressRuleSchema,
    status: 201,
    response: ipv6EgressRuleSchema,
    creates: true,
    audit: { action: 'CreateIpv6EgressOnlyRule' },
  }),
  remove: defineRoute({
    method: 'delete',
    path: `${RULES}/{ruleId}`,
    summary: 'Delete an egress-only rule (409 unless it is Available)',
    params: ipv6EgressRuleParamsSchema,
    status: 204,
    audit: { action: 'DeleteIpv6EgressOnlyRule', resourceParam: 'ruleId' },
  }),
};
