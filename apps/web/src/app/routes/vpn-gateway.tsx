import { useParams } from 'react-router';
import { VpnGatewayDetail } from '../../features/vpn-gateways/components/vpn-gateway-detail';

/** `/regions/:regionId/vpn-gateways/:vpnGatewayId` */
export function VpnGatewayRoute() {
  const { regionId = '', vpnGatewayId = '' } = useParams();
  return (
    <VpnGatewayDetail key={`${regionId}/${vpnGatewayId}`} regionId={regionId} id={vpnGatewayId} />
  );
}
