import { useParams } from 'react-router';
import { NatGatewayDetail } from '../../features/nat-gateways/components/nat-gateway-detail';

/** `/regions/:regionId/nat-gateways/:natGatewayId` */
export function NatGatewayRoute() {
  const { regionId = '', natGatewayId = '' } = useParams();
  return (
    <NatGatewayDetail key={`${regionId}/${natGatewayId}`} regionId={regionId} id={natGatewayId} />
  );
}
