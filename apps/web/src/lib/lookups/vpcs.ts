import { lookupRoutes } from '@gc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { bffClient } from '../bff-client';

/** VPCs of a region (pickers and the list filter). */
export const vpcsQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: ['regions', regionId, 'vpcs'],
    queryFn: () => bffClient.call(lookupRoutes.vpcs, { params: { regionId } }),
    staleTime: 30_000,
  });

/** The VPCs of a region. */
export function useVpcs(regionId: string) {
  return useQuery(vpcsQueryOptions(regionId));
}

/** vSwitches of a VPC, with their zone and free IP count. */
export const vSwitchesQueryOptions = (regionId: string, vpcId: string) =>
  queryOptions({
    queryKey: ['regions', regionId, 'vpcs', vpcId, 'vswitches'],
    queryFn: () => bffClient.call(lookupRoutes.vSwitches, { params: { regionId, vpcId } }),
    staleTime: 30_000,
  });

/** The vSwitches of a VPC; idle until a VPC is chosen. */
export function useVSwitches(regionId: string, vpcId: string | null) {
  return useQuery({ ...vSwitchesQueryOptions(regionId, vpcId ?? ''), enabled: vpcId !== null });
}
