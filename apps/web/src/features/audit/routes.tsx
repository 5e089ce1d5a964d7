import { Navigate, useLocation } from 'react-router';
import { ErrorState } from '../../components/ui/error-state';
import { PageLoader } from '../../components/ui/page-loader';
import { pickRegion, rememberedRegion, useRegions } from '../../lib/lookups/regions';
import { AuditTrailPage } from './components/audit-trail-page';

/** `/regions/:regionId/audit`: the trail of every region (the shell keeps its region). */
export function AuditRoute() {
  return <AuditTrailPage />;
}

/** `/audit`: the same page inside the remembered region's shell, the filters kept. */
export function AuditRedirect() {
  const { search } = useLocation();
  const regions = useRegions();
  if (regions.isPending) return <PageLoader />;
  if (regions.isError) {
    return <ErrorState error={regions.error} onRetry={() => void regions.refetch()} />;
  }
  const region = pickRegion(regions.data.items, rememberedRegion()) ?? 'cn-hangzhou';
  return <Navigate to={`/regions/${region}/audit${search}`} replace />;
}
