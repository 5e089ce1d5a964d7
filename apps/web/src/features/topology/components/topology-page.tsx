import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ui/error-state';
import { PageHeader } from '../../../components/ui/page-header';
import { PageLoader } from '../../../components/ui/page-loader';
import { useTopology } from '../api/topology';
import { TopologyGraph } from './topology-graph';
import { TopologyResourceList } from './topology-resource-list';

/** One VPC's topology: the laid-out picture and the same resources as links. */
export function TopologyPage({ regionId, vpcId }: { regionId: string; vpcId: string }) {
  const { t } = useTranslation();
  const topology = useTopology(regionId, vpcId);
  const vpc = topology.data?.nodes.find((n) => n.kind === 'vpc');
  return (
    <>
      <PageHeader title={t('topology.title', { vpc: vpc?.label ?? vpcId })} />
      <Text fz="sm" mb="sm">
        <Anchor component={Link} to="/inventory">
          {t('topology.backToInventory')}
        </Anchor>
        {' · '}
        {t('topology.hint')}
      </Text>
      {topology.isPending ? (
        <PageLoader />
      ) : topology.isError ? (
        <ErrorState error={topology.error} onRetry={() => void topology.refetch()} />
      ) : (
        <>
          <TopologyGraph topology={topology.data} />
          <TopologyResourceList topology={topology.data} />
        </>
      )}
    </>
  );
}
