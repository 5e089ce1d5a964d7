export { VpcClient } from './vpc-client.ts';
export type { VpcClientLogger, VpcClientOptions } from './vpc-client.ts';
export { composeInterceptors } from './interceptors.ts';
export type { Interceptor, InterceptorContext, InterceptorNext } from './interceptors.ts';
export { ACTIONS, isReadAction, methodName } from './action-table.ts';
export type { ActionName, CallOptions, VpcActionMethods } from './action-table.ts';
export { VpcApiError, VpcNetworkError, VpcTimeoutError, WaitTimeoutError } from './errors.ts';
export type { TimeoutPhase, VpcApiErrorInit } from './errors.ts';
export { MAX_PAGE_SIZE, paginate, paginateByToken } from './paginate.ts';
export type { Page, PaginateByTokenOptions, PaginateOptions } from './paginate.ts';
export { waitFor } from './wait-for.ts';
export type { WaitForOptions } from './wait-for.ts';
export {
  DEFAULT_RETRY,
  backoffDelay,
  classifyCode,
  classifyFailure,
  decideRetry,
} from './retry-policy.ts';
export type { FailureKind, RetryDecision, RetryInput, RetryOptions } from './retry-policy.ts';
export { DEFAULT_TIMEOUTS } from './transport.ts';
export type { TransportTimeouts } from './transport.ts';
export { flattenParams } from './flatten-params.ts';
export type { ParamInput } from './flatten-params.ts';
export { decodeBody } from './decode-body.ts';
export { createRedactor } from './redact.ts';
export type { Redactor } from './redact.ts';
export type { Infer } from './schema.ts';
export type { ClientTokenRequest, PageRequest, TagInput } from './actions/define-action.ts';
export type {
  DescribeRegionsRequest,
  DescribeZonesRequest,
  DescribeVpcsRequest,
  DescribeVSwitchesRequest,
  Region,
  Zone,
  Vpc,
  VSwitch,
  DescribeRegionsResponse,
  DescribeZonesResponse,
  DescribeVpcsResponse,
  DescribeVSwitchesResponse,
} from './actions/lookups.ts';
export type {
  CreateNatGatewayRequest,
  DescribeNatGatewaysRequest,
  DeleteNatGatewayRequest,
  ModifyNatGatewayAttributeRequest,
  ModifyNatGatewaySpecRequest,
  NatGateway,
  CreateNatGatewayResponse,
  DescribeNatGatewaysResponse,
  DeleteNatGatewayResponse,
  ModifyNatGatewayAttributeResponse,
  ModifyNatGatewaySpecResponse,
} from './actions/nat-gateways.ts';
export type {
  DescribeSnatTableEntriesRequest,
  CreateSnatEntryRequest,
  DeleteSnatEntryRequest,
  DescribeForwardTableEntriesRequest,
  CreateForwardEntryRequest,
  DeleteForwardEntryRequest,
  SnatTableEntry,
  ForwardTableEntry,
  DescribeSnatTableEntriesResponse,
  CreateSnatEntryResponse,
  DeleteSnatEntryResponse,
  DescribeForwardTableEntriesResponse,
  CreateForwardEntryResponse,
  DeleteForwardEntryResponse,
} from './actions/snat-dnat.ts';
export type {
  AllocateEipAddressRequest,
  DescribeEipAddressesRequest,
  AssociateEipAddressRequest,
  UnassociateEipAddressRequest,
  ReleaseEipAddressRequest,
  EipAddress,
  AllocateEipAddressResponse,
  DescribeEipAddressesResponse,
  AssociateEipAddressResponse,
  UnassociateEipAddressResponse,
  ReleaseEipAddressResponse,
} from './actions/eips.ts';
export type {
  CreateVpnGatewayRequest,
  DescribeVpnGatewaysRequest,
  DescribeVpnGatewayRequest,
  DeleteVpnGatewayRequest,
  ModifyVpnGatewayAttributeRequest,
  VpnGateway,
  CreateVpnGatewayResponse,
  DescribeVpnGatewaysResponse,
  DescribeVpnGatewayResponse,
  DeleteVpnGatewayResponse,
  ModifyVpnGatewayAttributeResponse,
} from './actions/vpn-gateways.ts';
export type {
  DescribeVpnGatewayAvailableZonesRequest,
  DescribeVpnGatewayAvailableZonesResponse,
  CreateEnhancedVpnGatewayRequest,
  CreateEnhancedVpnGatewayResponse,
  UpdateEnhancedVpnGatewayRequest,
  UpdateEnhancedVpnGatewayResponse,
  DeleteEnhancedVpnGatewayRequest,
} from './actions/enhanced-vpn-gateways.ts';
export type {
  CreateCustomerGatewayRequest,
  DescribeCustomerGatewaysRequest,
  DescribeCustomerGatewayRequest,
  DeleteCustomerGatewayRequest,
  CustomerGateway,
  CreateCustomerGatewayResponse,
  DescribeCustomerGatewaysResponse,
  DescribeCustomerGatewayResponse,
  DeleteCustomerGatewayResponse,
  ModifyCustomerGatewayAttributeRequest,
  ModifyCustomerGatewayAttributeResponse,
} from './actions/customer-gateways.ts';
export type {
  ModifyVpnConnectionAttributeRequest,
  ModifyTunnelAttributeRequest,
  ModifyVpnConnectionAttributeResponse,
  ModifyTunnelAttributeResponse,
} from './actions/vpn-connection-edits.ts';
export type {
  JsonParam,
  TunnelOptionsInput,
  CreateVpnConnectionRequest,
  DescribeVpnConnectionsRequest,
  DescribeVpnConnectionRequest,
  DeleteVpnConnectionRequest,
  VpnConnection,
  CreateVpnConnectionResponse,
  DescribeVpnConnectionsResponse,
  DescribeVpnConnectionResponse,
  DeleteVpnConnectionResponse,
} from './actions/vpn-connections.ts';
export type {
  CreateIpv6GatewayRequest,
  DescribeIpv6GatewaysRequest,
  DescribeIpv6GatewayAttributeRequest,
  DeleteIpv6GatewayRequest,
  ModifyIpv6GatewayAttributeRequest,
  DescribeIpv6AddressesRequest,
  AllocateIpv6InternetBandwidthRequest,
  DeleteIpv6InternetBandwidthRequest,
  ModifyIpv6InternetBandwidthRequest,
  Ipv6Gateway,
  Ipv6Address,
  CreateIpv6GatewayResponse,
  DescribeIpv6GatewaysResponse,
  DescribeIpv6GatewayAttributeResponse,
  DeleteIpv6GatewayResponse,
  ModifyIpv6GatewayAttributeResponse,
  DescribeIpv6AddressesResponse,
  AllocateIpv6InternetBandwidthResponse,
  DeleteIpv6InternetBandwidthResponse,
  ModifyIpv6InternetBandwidthResponse,
} from './actions/ipv6-gateways.ts';
export type {
  CreateIpv6EgressOnlyRuleRequest,
  DeleteIpv6EgressOnlyRuleRequest,
  DescribeIpv6EgressOnlyRulesRequest,
  ModifyIpv6AddressAttributeRequest,
  Ipv6EgressOnlyRule,
  CreateIpv6EgressOnlyRuleResponse,
  DescribeIpv6EgressOnlyRulesResponse,
} from './actions/ipv6-egress-rules.ts';
export type {
  TagResourcesRequest,
  ListTagResourcesRequest,
  UnTagResourcesRequest,
  TagResource,
  TagResourcesResponse,
  ListTagResourcesResponse,
  UnTagResourcesResponse,
} from './actions/tags.ts';
export type {
  SslVpnServerSettings,
  CreateSslVpnServerRequest,
  ModifySslVpnServerRequest,
  DeleteSslVpnServerRequest,
  DescribeSslVpnServersRequest,
  CreateSslVpnClientCertRequest,
  ModifySslVpnClientCertRequest,
  SslVpnClientCertRequest,
  DescribeSslVpnClientCertsRequest,
  DescribeSslVpnClientsRequest,
  DescribeVpnSslServerLogsRequest,
} from './actions/ssl-vpn.requests.ts';
export type {
  SslVpnServer,
  SslVpnClientCert,
  SslVpnClientInfo,
  DescribeSslVpnServersResponse,
  ModifySslVpnServerResponse,
  DescribeSslVpnClientCertResponse,
  DescribeSslVpnClientCertsResponse,
  DescribeSslVpnClientsResponse,
  DescribeVpnSslServerLogsResponse,
} from './actions/ssl-vpn.ts';
export type {
  VpnRouteKey,
  VpnPbrRouteKey,
  CreateVpnRouteEntryRequest,
  ModifyVpnRouteEntryWeightRequest,
  DescribeVpnRouteEntriesRequest,
  PublishVpnRouteEntryRequest,
  CreateVpnPbrRouteEntryRequest,
  ModifyVpnPbrRouteEntryRequest,
  DescribeVpnPbrRouteEntriesRequest,
  VpnRouteEntry,
  VpnPbrRouteEntry,
  DescribeVpnRouteEntriesResponse,
  DescribeVpnPbrRouteEntriesResponse,
} from './actions/vpn-routes.ts';
export type {
  DownloadVpnConnectionConfigRequest,
  DescribeVpnConnectionLogsRequest,
  DiagnoseVpnConnectionsRequest,
  DiagnoseVpnGatewayRequest,
  GetVpnGatewayDiagnoseResultRequest,
  CheckVpnBgpEnabledRequest,
  VpnConnectionConfig,
  VpnDiagnoseItem,
  DownloadVpnConnectionConfigResponse,
  DescribeVpnConnectionLogsResponse,
  DiagnoseVpnConnectionsResponse,
  DiagnoseVpnGatewayResponse,
  GetVpnGatewayDiagnoseResultResponse,
  CheckVpnBgpEnabledResponse,
} from './actions/vpn-diagnostics.ts';
export { regionalEndpoints, sdkEndpointHost, SDK_ENDPOINT_HOSTS } from './endpoints.ts';
export type { RegionalEndpointOptions, RegionalEndpoints } from './endpoints.ts';
export { RateBudget } from './rate-budget.ts';
export type { RateBudgetOptions, RateBudgetState, ThrottleListener } from './rate-budget.ts';
export type {
  CreateIpsecServerRequest,
  UpdateIpsecServerRequest,
  DeleteIpsecServerRequest,
  ListIpsecServersRequest,
  ListIpsecServerLogsRequest,
  IpsecServer,
  ListIpsecServersResponse,
  ListIpsecServerLogsResponse,
} from './actions/ipsec-servers.ts';
export type {
  CreateFullNatEntryRequest,
  CreateNatIpRequest,
  DeleteFullNatEntryRequest,
  DeleteNatIpCidrRequest,
  DeleteNatIpRequest,
  FullNatEntry,
  FullNatEntryFields,
  ListFullNatEntriesRequest,
  ListFullNatEntriesResponse,
  ListNatIpCidrsRequest,
  ListNatIpCidrsResponse,
  ListNatIpsRequest,
  ListNatIpsResponse,
  ModifyFullNatEntryAttributeRequest,
  ModifyNatIpAttributeRequest,
  NatIp,
  NatIpCidr,
  NatIpCidrWriteRequest,
} from './actions/vpc-nat.ts';
export type {
  GetNatGatewayAttributeRequest,
  ListEnhanhcedNatGatewayAvailableZonesRequest,
  DescribeNatGatewayAssociateNetworkInterfacesRequest,
  NatGatewayAttribute,
  DescribeNatGatewayAssociateNetworkInterfacesResponse,
} from './actions/nat-gateway-details.ts';
export type { DeletionProtectionRequest } from './actions/deletion-protection.ts';
