import type { ClientTokenRequest, PageRequest } from './define-action.ts';

// Request shapes of the SSL-VPN actions (REFERENCE-2 §3; names as in @alicloud/vpc20160428).

/** Settable fields of an SSL server (REFERENCE-2 §3.1). */
export interface SslVpnServerSettings {
  Name?: string;
  /** `TCP` (default) | `UDP`. */
  Proto?: string;
  /** 1–65535, default 1194; 22, 80, 443, 500, 4500 … are refused. */
  Port?: number;
  /** `AES-128-CBC` (default) | `AES-192-CBC` | `AES-256-CBC` | `none`. */
  Cipher?: string;
  /** Default `false` on create. */
  Compress?: boolean;
  DnsServers?: string;
  /** `true` needs `IDaaSInstanceId` and `IDaaSRegionId` (and, for EIAM 2.0, `IDaaSApplicationId`). */
  EnableMultiFactorAuth?: boolean;
  IDaaSInstanceId?: string;
  IDaaSRegionId?: string;
  IDaaSApplicationId?: string;
  DryRun?: boolean;
}

/** CreateSslVpnServer request: the gateway needs SSL-VPN enabled. */
export interface CreateSslVpnServerRequest extends SslVpnServerSettings, ClientTokenRequest {
  RegionId: string;
  VpnGatewayId: string;
  /** Client CIDR, /16–/29, at least 4 addresses per allowed SSL connection. */
  ClientIpPool: string;
  /** CIDR(s) the clients reach, comma-separated. */
  LocalSubnet: string;
}

/** ModifySslVpnServer request: synchronous when only `Name` changes. */
export interface ModifySslVpnServerRequest extends SslVpnServerSettings, ClientTokenRequest {
  RegionId: string;
  SslVpnServerId: string;
  ClientIpPool?: string;
  LocalSubnet?: string;
}

/** DeleteSslVpnServer request: deletes its certificates and drops its clients too. */
export interface DeleteSslVpnServerRequest extends ClientTokenRequest {
  RegionId: string;
  SslVpnServerId: string;
}

/** DescribeSslVpnServers request (PageSize ≤ 50). */
export interface DescribeSslVpnServersRequest extends PageRequest {
  RegionId: string;
  VpnGatewayId?: string;
  SslVpnServerId?: string;
  Name?: string;
  ResourceGroupId?: string;
}

/** CreateSslVpnClientCert request. */
export interface CreateSslVpnClientCertRequest extends ClientTokenRequest {
  RegionId: string;
  SslVpnServerId: string;
  Name?: string;
}

/** ModifySslVpnClientCert request: a rename. */
export interface ModifySslVpnClientCertRequest extends ClientTokenRequest {
  RegionId: string;
  SslVpnClientCertId: string;
  Name?: string;
}

/** DeleteSslVpnClientCert / DescribeSslVpnClientCert request. */
export interface SslVpnClientCertRequest extends ClientTokenRequest {
  RegionId: string;
  SslVpnClientCertId: string;
}

/** DescribeSslVpnClientCerts request (PageSize ≤ 50). */
export interface DescribeSslVpnClientCertsRequest extends PageRequest {
  RegionId: string;
  SslVpnServerId?: string;
  SslVpnClientCertId?: string;
  Name?: string;
  ResourceGroupId?: string;
}

/** DescribeSslVpnClients request: keyed by the **gateway** (needs its `VisuallySsl` label). */
export interface DescribeSslVpnClientsRequest extends PageRequest {
  RegionId: string;
  VpnGatewayId: string;
}

/** DescribeVpnSslServerLogs request: `VpnSslServerId` (word order!), `From`/`To` in **seconds**. */
export interface DescribeVpnSslServerLogsRequest extends PageRequest {
  RegionId: string;
  VpnSslServerId: string;
  SslVpnClientCertId?: string;
  From?: number;
  To?: number;
  /** Minutes; required when neither `From` nor `To` is given. */
  MinutePeriod?: number;
}
