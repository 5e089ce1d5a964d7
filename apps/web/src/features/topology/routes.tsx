import { useParams } from 'react-router';
import { TopologyPage } from './components/topology-page';

/** `/regions/:regionId/vpcs/:vpcId/topology` */
export function TopologyRoute() {
  const { regionId = '', vpcId = '' } = useParams();
  return <TopologyPage key={`${regionId}/${vpcId}`} regionId={regionId} vpcId={vpcId} />;
}
