import { VPN_GATEWAY_SPECS, vpnGatewayZoneRoutes, type VpnGatewayKind } from '@gc/contracts';
import { useQuery } from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';

type Spec = (typeof VPN_GATEWAY_SPECS)[number];
const asSpec = (spec: string): Spec | undefined => VPN_GATEWAY_SPECS.find((s) => s === spec);

/** The zones a gateway spec is sold in, for the two vSwitch pickers (DescribeVpnGatewayAvailableZones). */
export function useVpnGatewayZones(
  regionId: string,
  spec: string,
  gatewayType: VpnGatewayKind,
  lang: 'en' | 'zh',
) {
  const known = asSpec(spec);
  return useQuery({
    queryKey: ['regions', regionId, 'vpn', 'zones', known, gatewayType, lang],
    queryFn: ({ signal }) =>
      bffClient.call(vpnGatewayZoneRoutes.list, {
        params: { regionId },
        query: { spec: known ?? '10M', gatewayType, lang },
        signal,
      }),
    enabled: known !== undefined,
    // The offer changes rarely; the form may ask for several specs in a row.
    staleTime: 5 * 60_000,
  });
}
