import { Navigate, useLocation } from 'react-router';
import { PageLoader } from '../../components/ui/page-loader';
import { ErrorState } from '../../components/ui/error-state';
import { pickRegion, rememberedRegion, useRegions } from '../../lib/lookups/regions';
import { ComplianceReport } from './components/compliance-report';
import { InventoryPage } from './components/inventory-page';

/** `/regions/:regionId/inventory`: every region's gateways (the path's region only frames the shell). */
export function InventoryRoute() {
  return <InventoryPage />;
}

/** `/regions/:regionId/inventory/report`: the printable compliance report (same filters). */
export function InventoryReportRoute() {
  return <ComplianceReport />;
}

/** `/inventory` opens the inventory inside the remembered region's shell, filters kept. */
export function InventoryRedirect() {
  const regions = useRegions();
  const { search } = useLocation();
  if (regions.isPending) return <PageLoader />;
  if (regions.isError) {
    return <ErrorState error={regions.error} onRetry={() => void regions.refetch()} />;
  }
  const regionId = pickRegion(regions.data.items, rememberedRegion()) ?? 'cn-hangzhou';
  return <Navigate to={`/regions/${regionId}/inventory${search}`} replace />;
}
