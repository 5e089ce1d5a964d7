import {
  ipv6AddressRoutes,
  type AllocateIpv6BandwidthRequest,
  type Ipv6AddressListQuery,
} from '@gc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';
import { ipv6Keys } from './ipv6-keys';

/** IPv6 addresses matching a filter (VPC, vSwitch, gateway, network type). */
export function useIpv6Addresses(regionId: string, filter: Ipv6AddressListQuery) {
  return useQuery({
    queryKey: ipv6Keys.addresses(regionId, filter),
    queryFn: ({ signal }) =>
      bffClient.call(ipv6AddressRoutes.list, { params: { regionId }, query: filter, signal }),
  });
}

type BandwidthChange =
  | { kind: 'allocate'; request: AllocateIpv6BandwidthRequest; idempotencyKey: string }
  | { kind: 'change'; bandwidth: number }
  | { kind: 'release' };

/** Sends one bandwidth change of an address to the BFF. */
export async function sendBandwidthChange(
  regionId: string,
  addressId: string,
  change: BandwidthChange,
) {
  const params = { regionId, addressId };
  if (change.kind === 'allocate') {
    return bffClient.call(ipv6AddressRoutes.allocateBandwidth, {
      params,
      body: change.request,
      idempotencyKey: change.idempotencyKey,
    });
  }
  if (change.kind === 'change') {
    return bffClient.call(ipv6AddressRoutes.changeBandwidth, {
      params,
      body: { bandwidth: change.bandwidth },
    });
  }
  return bffClient.call(ipv6AddressRoutes.releaseBandwidth, { params });
}

/** Allocates, changes or releases an address's internet bandwidth; refreshes the feature's data. */
export function useBandwidthChange(regionId: string, addressId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    mutationFn: (change: BandwidthChange) => sendBandwidthChange(regionId, addressId, change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ipv6Keys.all(regionId) }),
  });
}
