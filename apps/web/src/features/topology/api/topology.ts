import { topologyRoutes } from '@gc/contracts';
import { useQuery } from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';

/** Nodes and edges of one VPC (no coordinates: laid out in the browser). */
export function useTopology(regionId: string, vpcId: string) {
  return useQuery({
    queryKey: ['regions', regionId, 'topology', vpcId] as const,
    queryFn: ({ signal }) =>
      bffClient.call(topologyRoutes.get, { params: { regionId, vpcId }, signal }),
  });
}
