import type { vpnDiagnosticsRoutes } from '@gc/contracts';
import type { Handlers } from '../http/route-handler.ts';
import type { RouteDeps } from './route-deps.ts';

/** Connection logs (any role), diagnosis start (operators, audited), diagnosis reports (any role). */
export function vpnDiagnosticsHandlers({
  vpnDiagnostics: svc,
}: Pick<RouteDeps, 'vpnDiagnostics'>): Handlers<typeof vpnDiagnosticsRoutes> {
  return {
    connectionLogs: ({ params, query }) => svc.logs(params.regionId, params.id, query),
    diagnose: ({ params, body }) => svc.start(params.regionId, params.id, body),
    diagnosis: ({ params }) => svc.diagnosis(params.regionId, params.id, params.diagnoseId),
  };
}
