import {
  natGatewayRoutes,
  type CreateNatGatewayRequest,
  type NatGateway,
  type NatGatewayPage,
} from '@gc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';
import { natKeys } from './nat-gateway-keys';

/**
 * The row shown at once for a gateway the API has just accepted: what the BFF answered, with any
 * gap filled from the request.
 */
export function optimisticGateway(
  regionId: string,
  request: CreateNatGatewayRequest,
  created: Partial<NatGateway> & { id: string },
): NatGateway {
  return {
    name: request.name,
    description: request.description ?? '',
    status: 'Creating',
    regionId,
    vpcId: request.vpcId,
    vSwitchId: request.vSwitchId,
    zoneId: '',
    natType: request.natType,
    networkType: request.networkType,
    spec: '',
    instanceChargeType: request.instanceChargeType,
    internetChargeType: request.internetChargeType,
    eipBindMode: request.eipBindMode,
    deletionProtection: request.deletionProtection ?? false,
    privateIpAddress: '',
    creationTime: new Date().toISOString(),
    snatTableIds: [],
    forwardTableIds: [],
    eips: [],
    tags: request.tags ?? [],
    ...created,
  };
}

/** Puts the new gateway at the top of every cached first page that does not show it yet. */
export function insertIntoPage(page: NatGatewayPage | undefined, gateway: NatGateway) {
  if (!page || page.page !== 1 || page.items.some((g) => g.id === gateway.id)) return page;
  return { ...page, items: [gateway, ...page.items], total: page.total + 1 };
}

interface CreateVariables {
  request: CreateNatGatewayRequest;
  idempotencyKey: string;
}

/** Creates a NAT gateway; the new row appears at once as Creating and polling takes over. */
export function useCreateNatGateway(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    mutationFn: async ({ request, idempotencyKey }: CreateVariables) => {
      const created = await bffClient.call(natGatewayRoutes.create, {
        params: { regionId },
        body: request,
        idempotencyKey,
      });
      return optimisticGateway(regionId, request, created);
    },
    onSuccess: async (gateway) => {
      queryClient.setQueriesData<NatGatewayPage>({ queryKey: natKeys.lists(regionId) }, (page) =>
        insertIntoPage(page, gateway),
      );
      await queryClient.invalidateQueries({ queryKey: natKeys.lists(regionId) });
    },
  });
}
