import { useParams } from 'react-router';
import { VpnConnectionDetail } from '../../features/vpn-gateways/components/vpn-connection-detail';

/** `/regions/:regionId/vpn-gateways/:vpnGatewayId/connections/:vpnConnectionId` */
export function VpnConnectionRoute() {
  const { regionId = '', vpnGatewayId = '', vpnConnectionId = '' } = useParams();
  return (
    <VpnConnectionDetail
      key={`${regionId}/${vpnConnectionId}`}
      regionId={regionId}
      vpnGatewayId={vpnGatewayId}
      id={vpnConnectionId}
    />
  );
}
