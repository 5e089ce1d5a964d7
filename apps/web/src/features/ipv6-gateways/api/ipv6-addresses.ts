import {
  ipv6AddressListSchema,
  ipv6AddressSchema,
  type AllocateIpv6BandwidthRequest,
  type Ipv6AddressListQuery,
} from '@gc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';
import { bandwidthPath, ipv6Keys } from './ipv6-keys';

/** IPv6 addresses matching a filter (VPC, vSwitch, gateway, network type). */
export function useIpv6Addresses(regionId: string, filter: Ipv6AddressListQuery) {
  return useQuery({
    queryKey: ipv6Keys.addresses(regionId, filter),
    queryFn: ({ signal }) =>
      bffClient.request(
        `/api/regions/${encodeURIComponent(regionId)}/ipv6-addresses`,
        ipv6AddressListSchema,
        { query: { ...filter }, signal },
      ),
  });
}

type BandwidthChange =
  | { kind: 'allocate'; request: AllocateIpv6BandwidthRequest; idempotencyKey: string }
  | { kind: 'change'; bandwidth: number }
  | { kind: 'release' };

/** Sends one bandwidth change of an address to the BFF. */
export function sendBandwidthChange(regionId: string, addressId: string, change: BandwidthChange) {
  const path = bandwidthPath(regionId, addressId);
  if (change.kind === 'allocate') {
    return bffClient.request(path, ipv6AddressSchema, {
      method: 'POST',
      body: change.request,
      idempotencyKey: change.idempotencyKey,
    });
  }
  if (change.kind === 'change') {
    return bffClient.request(path, ipv6AddressSchema, {
      method: 'PATCH',
      body: { bandwidth: change.bandwidth },
    });
  }
  return bffClient.request(path, null, { method: 'DELETE' });
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
