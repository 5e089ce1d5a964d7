import type { RateBudget, VpcClient } from '@gc/vpc-client';
import type { AuditRecorder } from '../audit/audit-recorder.ts';
import type { AuditStore } from '../audit/audit-store.ts';
import type { LoginThrottle } from '../auth/login-throttle.ts';
import type { OidcClient } from '../auth/oidc/oidc-client.ts';
import type { SignInConfig } from '../auth/oidc/oidc-config.ts';
import type { SessionTokens } from '../auth/session-token.ts';
import type { Sessions } from '../auth/sessions.ts';
import type { UserStore } from '../auth/user-store.ts';
import { CustomerGatewayService } from '../services/customer-gateway-service.ts';
import { EipService } from '../services/eip-service.ts';
import type { IndexSettings } from '../services/kit/region-index.ts';
import type { CheckRules } from '../services/checks/check-settings.ts';
import { InventoryService } from '../services/inventory-service.ts';
import { Ipv6AddressService } from '../services/ipv6-address-service.ts';
import { VpcNatService } from '../services/vpc-nat-service.ts';
import { Ipv6EgressRuleService } from '../services/ipv6-egress-rule-service.ts';
import { Ipv6GatewayService } from '../services/ipv6-gateway-service.ts';
import { NatEntryService } from '../services/nat-entry-service.ts';
import { NatGatewayService } from '../services/nat-gateway-service.ts';
import { RegionService } from '../services/region-service.ts';
import { TopologyService } from '../services/topology-service.ts';
import { VpnConnectionService } from '../services/vpn-connection-service.ts';
import { VpnGatewayService } from '../services/vpn-gateway-service.ts';
import { VpnRouteService } from '../services/vpn-route-service.ts';
import { VpnDiagnosticsService } from '../services/vpn-diagnostics-service.ts';
import { IpsecServerService } from '../services/ipsec-server-service.ts';
import { SslVpnCertService } from '../services/ssl-vpn-cert-service.ts';
import { SslVpnService } from '../services/ssl-vpn-service.ts';
import type { VpnDescribeQueue } from '../services/vpn-describe-job.ts';
import type { SharedStateHealth } from '../store/shared-state-health.ts';

/** What every router is built from: the services over the cached client, and the app's seams. */
export interface RouteDeps {
  audit: AuditRecorder;
  tokens: SessionTokens;
  /** The server-side sessions (the shared store): start, resolve, end. */
  sessions: Sessions;
  users: UserStore;
  demo: boolean;
  sessionTtlSeconds: number;
  loginThrottle: LoginThrottle;
  /** `LOCAL_LOGIN` and single sign-on; `oidc` is the relying party when OIDC is configured. */
  signIn: SignInConfig;
  oidc?: OidcClient;
  /** The uncached client: readiness must ask the API itself. */
  rawClient: VpcClient;
  /** The account's call budget, for `GET /api/upstream-rate`. */
  rateBudget?: RateBudget;
  vpcEndpoint: string;
  /** The stamp of exports: `demo`, or the account name. */
  account: string;
  auditStore?: AuditStore;
  /** The shared store's and the relay's health (`/api/ready`); absent in tests. */
  sharedHealth?: () => Promise<SharedStateHealth>;
  regions: RegionService;
  eips: EipService;
  natGateways: NatGatewayService;
  natEntries: NatEntryService;
  ipv6Gateways: Ipv6GatewayService;
  ipv6Addresses: Ipv6AddressService;
  ipv6EgressRules: Ipv6EgressRuleService;
  vpnGateways: VpnGatewayService;
  customerGateways: CustomerGatewayService;
  vpnConnections: VpnConnectionService;
  inventory: InventoryService;
  topology: TopologyService;
  vpnRoutes: VpnRouteService;
  vpnDiagnostics: VpnDiagnosticsService;
  ipsecServers: IpsecServerService;
  sslVpn: SslVpnService;
  sslVpnCerts: SslVpnCertService;
  vpcNat: VpcNatService;
}

/** The seams `createApp` hands over; the services are built here over the (cached) client. */
export type RouteSeams = Omit<
  RouteDeps,
  | 'regions'
  | 'eips'
  | 'natGateways'
  | 'natEntries'
  | 'ipv6Gateways'
  | 'ipv6Addresses'
  | 'ipv6EgressRules'
  | 'vpnGateways'
  | 'customerGateways'
  | 'vpnConnections'
  | 'inventory'
  | 'topology'
  | 'vpnRoutes'
  | 'vpnDiagnostics'
  | 'ipsecServers'
  | 'sslVpn'
  | 'sslVpnCerts'
  | 'vpcNat'
>;

/** Builds every service once, over one client, so all routers share its read cache. */
export function buildRouteDeps(
  client: VpcClient,
  seams: RouteSeams,
  opts: {
    secrets?: string[];
    inventoryConcurrency?: number;
    log?: { warn(obj: object, msg?: string): void };
    /** Durable jobs for the deferred VPN description (else retried in memory). */
    vpnDescribeQueue?: VpnDescribeQueue;
    /** Region indexes of the gateway lists (issue 17); absent = every list reads upstream. */
    indexing?: IndexSettings;
    checkRules?: CheckRules;
  },
): RouteDeps {
  const natGateways = new NatGatewayService(client, opts.indexing);
  const vpnConnections = new VpnConnectionService(client);
  return {
    ...seams,
    regions: new RegionService(client),
    natGateways,
    natEntries: new NatEntryService(client, natGateways),
    eips: new EipService(client, natGateways),
    ipv6Gateways: new Ipv6GatewayService(client, opts.indexing),
    ipv6Addresses: new Ipv6AddressService(client),
    ipv6EgressRules: new Ipv6EgressRuleService(client),
    vpnGateways: new VpnGatewayService(
      client,
      opts.log,
      undefined,
      opts.vpnDescribeQueue,
      opts.indexing,
    ),
    customerGateways: new CustomerGatewayService(client, vpnConnections),
    vpnConnections,
    inventory: new InventoryService(client, {
      account: seams.account,
      concurrency: opts.inventoryConcurrency,
      secrets: opts.secrets,
      checkRules: opts.checkRules,
    }),
    topology: new TopologyService(client),
    vpnRoutes: new VpnRouteService(client),
    vpnDiagnostics: new VpnDiagnosticsService(client),
    ipsecServers: new IpsecServerService(client),
    sslVpn: new SslVpnService(client),
    // The key material is read uncached, so it never sits in the read cache.
    sslVpnCerts: new SslVpnCertService(client, seams.rawClient),
    vpcNat: new VpcNatService(client),
  };
}
