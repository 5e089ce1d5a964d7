import { customerGatewayRoutes, type CreateCustomerGatewayRequest } from '@gc/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';
import { vpnKeys } from './vpn-keys';

/** The customer gateways of a region, each with the connections that use it. */
export const customerGatewaysQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: vpnKeys.customerGateways(regionId),
    queryFn: ({ signal }) =>
      bffClient.call(customerGatewayRoutes.list, { params: { regionId }, signal }),
  });

/** The customer gateways of a region. */
export const useCustomerGateways = (regionId: string) =>
  useQuery(customerGatewaysQueryOptions(regionId));

/** Registers a customer gateway (synchronous: no status, REFERENCE §4.4). */
export function useCreateCustomerGateway(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    mutationFn: ({
      request,
      idempotencyKey,
    }: {
      request: CreateCustomerGatewayRequest;
      idempotencyKey: string;
    }) =>
      bffClient.call(customerGatewayRoutes.create, {
        params: { regionId },
        body: request,
        idempotencyKey,
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: vpnKeys.customerGateways(regionId) }),
  });
}

/** Deletes a customer gateway; the API refuses while a connection uses it (409). */
export function useDeleteCustomerGateway(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    mutationFn: (id: string) =>
      bffClient.call(customerGatewayRoutes.remove, { params: { regionId, id } }),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: vpnKeys.customerGateways(regionId) }),
  });
}
