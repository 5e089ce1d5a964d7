import type { AuditRecorder } from '../audit/audit-recorder.ts';
import type { CustomerGatewayService } from '../services/customer-gateway-service.ts';
import type { VpnConnectionService } from '../services/vpn-connection-service.ts';
import type { VpnGatewayService } from '../services/vpn-gateway-service.ts';

/** What the VPN routers need: their services and the audit seam. */
export interface VpnRouteDeps {
  vpnGateways: VpnGatewayService;
  customerGateways: CustomerGatewayService;
  vpnConnections: VpnConnectionService;
  audit: AuditRecorder;
}
