import { useParams } from 'react-router';
import { Ipv6GatewaysList } from '../../features/ipv6-gateways/components/ipv6-gateways-list';

/** `/regions/:regionId/ipv6-gateways` */
export function Ipv6GatewaysRoute() {
  const { regionId = '' } = useParams();
  return <Ipv6GatewaysList key={regionId} regionId={regionId} />;
}
