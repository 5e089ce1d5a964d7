import type { vpcNatRoutes } from '@gc/contracts';
import type { Handlers } from '../http/route-handler.ts';
import type { RouteDeps } from './route-deps.ts';

/** NAT CIDR blocks, NAT IPs and FULLNAT entries of a VPC NAT gateway: one line per route. */
export function vpcNatHandlers({
  vpcNat: svc,
}: Pick<RouteDeps, 'vpcNat'>): Handlers<typeof vpcNatRoutes> {
  return {
    listCidrs: async ({ params }) => ({ items: await svc.listCidrs(params.regionId, params.id) }),
    createCidr: ({ params, body, clientToken }) =>
      svc.createCidr(params.regionId, params.id, body, clientToken),
    updateCidr: ({ params, body }) =>
      svc.updateCidr(params.regionId, params.id, params.cidrId, body),
    removeCidr: ({ params }) => svc.removeCidr(params.regionId, params.id, params.cidrId),
    listIps: async ({ params }) => ({ items: await svc.listIps(params.regionId, params.id) }),
    createIp: ({ params, body, clientToken }) =>
      svc.createIp(params.regionId, params.id, body, clientToken),
    updateIp: ({ params, body }) => svc.updateIp(params.regionId, params.id, params.natIpId, body),
    removeIp: ({ params }) => svc.removeIp(params.regionId, params.id, params.natIpId),
    listFullNat: async ({ params }) => ({
      items: await svc.listFullNat(params.regionId, params.id),
    }),
    createFullNat: ({ params, body, clientToken }) =>
      svc.createFullNat(params.regionId, params.id, body, clientToken),
    updateFullNat: ({ params, body }) =>
      svc.updateFullNat(params.regionId, params.id, params.entryId, body),
    removeFullNat: ({ params }) => svc.removeFullNat(params.regionId, params.id, params.entryId),
  };
}
