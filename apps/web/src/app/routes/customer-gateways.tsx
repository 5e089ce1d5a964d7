import { useParams } from 'react-router';
import { CustomerGatewaysPage } from '../../features/vpn-gateways/components/customer-gateways-page';

/** `/regions/:regionId/vpn-gateways/customer-gateways` */
export function CustomerGatewaysRoute() {
  const { regionId = '' } = useParams();
  return <CustomerGatewaysPage key={regionId} regionId={regionId} />;
}
