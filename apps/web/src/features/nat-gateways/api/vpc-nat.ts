import {
  vpcNatRoutes,
  type CreateFullNatEntryRequest,
  type CreateNatIpCidrRequest,
  type CreateNatIpRequest,
  type FullNatEntry,
  type NatIp,
  type UpdateFullNatEntryRequest,
  type UpdateVpcNatTextRequest,
} from '@gc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';
import { pollWhile } from '../../../lib/poll-interval';
import { useBoundEips } from './eips';
import { natKeys } from './nat-gateway-keys';

/** Query key of everything VPC NAT of one gateway (blocks, NAT IPs and entries refresh together). */
export const vpcNatKey = (regionId: string, id: string) =>
  [...natKeys.detail(regionId, id), 'vpc-nat'] as const;

const busy = (s: { status: string }) => s.status !== 'Available' && s.status !== 'Associated';

/** The NAT CIDR blocks of a VPC NAT gateway (no lifecycle: `Available` only). */
export function useNatIpCidrs(regionId: string, id: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...vpcNatKey(regionId, id), 'cidrs'],
    queryFn: ({ signal }) =>
      bffClient.call(vpcNatRoutes.listCidrs, { params: { regionId, id }, signal }),
  });
}

/** The NAT IPs of a VPC NAT gateway; polls while one is Creating or Deleting. */
export function useNatIps(regionId: string, id: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...vpcNatKey(regionId, id), 'ips'],
    queryFn: ({ signal }) =>
      bffClient.call(vpcNatRoutes.listIps, { params: { regionId, id }, signal }),
    refetchInterval: pollWhile((d: { items: NatIp[] }) => d.items.some(busy)),
  });
}

/** The FULLNAT entries of a VPC NAT gateway; polls while one is Pending or Deleting. */
export function useFullNatEntries(regionId: string, id: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...vpcNatKey(regionId, id), 'fullnat'],
    queryFn: ({ signal }) =>
      bffClient.call(vpcNatRoutes.listFullNat, { params: { regionId, id }, signal }),
    refetchInterval: pollWhile((d: { items: FullNatEntry[] }) => d.items.some(busy)),
  });
}

/** What every create and edit mutation takes (the key is ignored by edits, which are PATCHes). */
interface Vars<R> {
  request: R;
  idempotencyKey: string;
}

/** One VPC NAT write: its form or dialog shows the error, and all three lists refresh after it. */
function useVpcNatMutation<V, R>(regionId: string, id: string, mutationFn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vpcNatKey(regionId, id) }),
    mutationFn,
  });
}

/** Creates, edits and deletes of blocks, NAT IPs and FULLNAT entries; each refreshes all three. */
export function useVpcNatMutations(regionId: string, id: string) {
  const params = { regionId, id };
  const created = <B>(v: Vars<B>) => ({
    params,
    body: v.request,
    idempotencyKey: v.idempotencyKey,
  });
  const { createCidr, updateCidr, removeCidr, createIp, updateIp, removeIp } = vpcNatRoutes;
  const { createFullNat, updateFullNat, removeFullNat } = vpcNatRoutes;
  return {
    createCidr: useVpcNatMutation(regionId, id, (v: Vars<CreateNatIpCidrRequest>) =>
      bffClient.call(createCidr, created(v)),
    ),
    updateCidr: useVpcNatMutation(
      regionId,
      id,
      (v: Vars<UpdateVpcNatTextRequest> & { cidrId: string }) =>
        bffClient.call(updateCidr, { params: { ...params, cidrId: v.cidrId }, body: v.request }),
    ),
    removeCidr: useVpcNatMutation(regionId, id, (cidrId: string) =>
      bffClient.call(removeCidr, { params: { ...params, cidrId } }),
    ),
    createIp: useVpcNatMutation(regionId, id, (v: Vars<CreateNatIpRequest>) =>
      bffClient.call(createIp, created(v)),
    ),
    updateIp: useVpcNatMutation(
      regionId,
      id,
      (v: Vars<UpdateVpcNatTextRequest> & { natIpId: string }) =>
        bffClient.call(updateIp, { params: { ...params, natIpId: v.natIpId }, body: v.request }),
    ),
    removeIp: useVpcNatMutation(regionId, id, (natIpId: string) =>
      bffClient.call(removeIp, { params: { ...params, natIpId } }),
    ),
    createFullNat: useVpcNatMutation(regionId, id, (v: Vars<CreateFullNatEntryRequest>) =>
      bffClient.call(createFullNat, created(v)),
    ),
    updateFullNat: useVpcNatMutation(
      regionId,
      id,
      (v: Vars<UpdateFullNatEntryRequest> & { entryId: string }) =>
        bffClient.call(updateFullNat, {
          params: { ...params, entryId: v.entryId },
          body: v.request,
        }),
    ),
    removeFullNat: useVpcNatMutation(regionId, id, (entryId: string) =>
      bffClient.call(removeFullNat, { params: { ...params, entryId } }),
    ),
  };
}

/**
 * The addresses SNAT/DNAT entries of this gateway may use (REFERENCE-2 §4.1, §4.2): its bound
 * EIPs on an Internet NAT gateway, its settled NAT IPs on a VPC NAT gateway. Same shape as
 * `useBoundEips`, so the entry forms swap one call.
 */
export function useEntryIps(gateway: Parameters<typeof useBoundEips>[0] & { networkType: string }) {
  const vpcNat = gateway.networkType === 'intranet';
  const eips = useBoundEips(gateway);
  const natIps = useNatIps(gateway.regionId, gateway.id, vpcNat);
  if (!vpcNat) return eips;
  return (natIps.data?.items ?? [])
    .filter((n) => n.status === 'Available' || n.status === 'Associated')
    .map((n) => ({ allocationId: n.id, ipAddress: n.ip }));
}
