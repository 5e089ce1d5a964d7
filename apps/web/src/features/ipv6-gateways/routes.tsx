import { useParams } from 'react-router';
import { Ipv6GatewayDetail } from './components/ipv6-gateway-detail';
import { Ipv6GatewaysList } from './components/ipv6-gateways-list';

/** `/regions/:regionId/ipv6-gateways` */
export function Ipv6GatewaysRoute() {
  const { regionId = '' } = useParams();
  return <Ipv6GatewaysList key={regionId} regionId={regionId} />;
}

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
