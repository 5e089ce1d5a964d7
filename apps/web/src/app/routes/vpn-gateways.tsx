import { useParams } from 'react-router';
import { VpnGatewaysList } from '../../features/vpn-gateways/components/vpn-gateways-list';

/** `/regions/:regionId/vpn-gateways` */
export function VpnGatewaysRoute() {
  const { regionId = '' } = useParams();
  return <VpnGatewaysList key={regionId} regionId={regionId} />;
}
