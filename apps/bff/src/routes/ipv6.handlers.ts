import type { ipv6AddressRoutes, ipv6EgressRuleRoutes, ipv6GatewayRoutes } from '@gc/contracts';
import type { Handlers } from '../http/route-handler.ts';
import type { RouteDeps } from './route-deps.ts';

/** IPv6 gateways: list, VPC candidates, create, read, rename, delete and tags. */
export function ipv6GatewayHandlers({
  ipv6Gateways: svc,
}: Pick<RouteDeps, 'ipv6Gateways'>): Handlers<typeof ipv6GatewayRoutes> {
  return {
    list: ({ params, query }) => svc.list(params.regionId, query),
    create: ({ params, body, clientToken }) => svc.create(params.regionId, body, clientToken),
    vpcCandidates: async ({ params }) => ({ items: await svc.vpcCandidates(params.regionId) }),
    get: ({ params }) => svc.get(params.regionId, params.id),
    update: ({ params, body }) => svc.update(params.regionId, params.id, body),
    remove: ({ params }) => svc.remove(params.regionId, params.id),
    replaceTags: ({ params, body }) => svc.replaceTags(params.regionId, params.id, body.tags),
  };
}

/**
 * IPv6 addresses and their internet bandwidth, a singular sub-resource of the address:
 * POST allocates (a create: Idempotency-Key), PATCH changes, DELETE releases.
 */
export function ipv6AddressHandlers({
  ipv6Addresses: svc,
}: Pick<RouteDeps, 'ipv6Addresses'>): Handlers<typeof ipv6AddressRoutes> {
  return {
    list: async ({ params, query }) => ({ items: await svc.list(params.regionId, query) }),
    get: ({ params }) => svc.get(params.regionId, params.addressId),
    allocateBandwidth: ({ params, body, clientToken }) =>
      svc.allocateBandwidth(params.regionId, params.addressId, body, clientToken),
    changeBandwidth: ({ params, body }) =>
      svc.changeBandwidth(params.regionId, params.addressId, body.bandwidth),
    releaseBandwidth: ({ params }) => svc.releaseBandwidth(params.regionId, params.addressId),
  };
}

/** Egress-only rules of one gateway: list, create (a create: Idempotency-Key), delete. */
export function ipv6EgressRuleHandlers({
  ipv6EgressRules: svc,
}: Pick<RouteDeps, 'ipv6EgressRules'>): Handlers<typeof ipv6EgressRuleRoutes> {
  return {
    list: async ({ params }) => ({ items: await svc.list(params.regionId, params.id) }),
    create: ({ params, body, clientToken }) =>
      svc.create(params.regionId, params.id, body, clientToken),
    remove: ({ params }) => svc.remove(params.regionId, params.id, params.ruleId),
  };
}
