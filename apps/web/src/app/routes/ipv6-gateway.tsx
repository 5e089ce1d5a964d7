import { useParams } from 'react-router';
import { Ipv6GatewayDetail } from '../../features/ipv6-gateways/components/ipv6-gateway-detail';

/** `/regions/:regionId/ipv6-gateways/:ipv6GatewayId` */
export function Ipv6GatewayRoute() {
  const { regionId = '', ipv6GatewayId = '' } = useParams();
  return (
    <Ipv6GatewayDetail
      key={`${regionId}/${ipv6GatewayId}`}
      regionId={regionId}
      id={ipv6GatewayId}
    />
  );
}
