import { useParams } from 'react-router';
import { SslVpnServerDetail } from '../../features/vpn-gateways/ssl-vpn/ssl-vpn-server-detail';

/** `/regions/:regionId/vpn-gateways/:vpnGatewayId/ssl-vpn-servers/:sslVpnServerId` */
export function SslVpnServerRoute() {
  const { regionId = '', vpnGatewayId = '', sslVpnServerId = '' } = useParams();
  return (
    <SslVpnServerDetail
      key={`${regionId}/${sslVpnServerId}`}
      regionId={regionId}
      vpnGatewayId={vpnGatewayId}
      id={sslVpnServerId}
    />
  );
}
