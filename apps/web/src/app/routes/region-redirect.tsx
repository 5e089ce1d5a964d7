import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { PageLoader } from '../../components/ui/page-loader';
import { ErrorState } from '../../components/ui/error-state';
import { pickRegion, rememberedRegion, useRegions } from '../../lib/lookups/regions';

/** `/` opens the remembered region (or the first one) on the NAT gateways page. */
export function RegionRedirect() {
  const { t } = useTranslation();
  const regions = useRegions();
  if (regions.isPending) {
    return <PageLoader />;
  }
  if (regions.isError) {
    return <ErrorState error={regions.error} onRetry={() => void regions.refetch()} />;
  }
  const regionId = pickRegion(regions.data.items, rememberedRegion());
  if (regionId === undefined) return <Text role="status">{t('shell.noRegions')}</Text>;
  return <Navigate to={`/regions/${regionId}/nat-gateways`} replace />;
}
