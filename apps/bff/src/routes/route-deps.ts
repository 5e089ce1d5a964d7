import type { AuditRecorder } from '../audit/audit-recorder.ts';
import type { EipService } from '../services/eip-service.ts';
import type { NatEntryService } from '../services/nat-entry-service.ts';
import type { NatGatewayService } from '../services/nat-gateway-service.ts';
import type { RegionService } from '../services/region-service.ts';

/** What the resource routers need: the services and the audit seam. */
export interface RouteDeps {
  regions: RegionService;
  natGateways: NatGatewayService;
  natEntries: NatEntryService;
  eips: EipService;
  audit: AuditRecorder;
}
