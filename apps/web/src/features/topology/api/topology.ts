import { topologySchema } from '@gc/contracts';
import { useQuery } from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';

/** The BFF path of a VPC's topology. */
export function topologyApiPath(regionId: string, vpcId: string): string {
  return `/api/regions/${encodeURIComponent(regionId)}/vpcs/${encodeURIComponent(vpcId)}/topology`;
}

/** Nodes and edges of one VPC (no coordinates: laid out in the browser). */
export function useTopology(regionId: string, vpcId: string) {
  return useQuery({
    queryKey: ['regions', regionId, 'topology', vpcId] as const,
    queryFn: ({ signal }) =>
      bffClient.request(topologyApiPath(regionId, vpcId), topologySchema, { signal }),
  });
}
