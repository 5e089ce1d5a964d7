import { useParams } from 'react-router';
import { NatGatewaysList } from '../../features/nat-gateways/components/nat-gateways-list';

/** `/regions/:regionId/nat-gateways` */
export function NatGatewaysRoute() {
  const { regionId = '' } = useParams();
  return <NatGatewaysList key={regionId} regionId={regionId} />;
}
