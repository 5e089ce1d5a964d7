import { array, list, obj, response } from '../schema.ts';
import type { Infer } from '../schema.ts';
import { defineAction, pageFields, requestIdOnly } from './define-action.ts';
import type {
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
} from './ssl-vpn.requests.ts';

// ModifySslVpnServer answers these; the list items add DnsServers and IDaaSRegionId (§3.2, §3.4).
const serverFields = {
  SslVpnServerId: 'string!',
  VpnGatewayId: 'string',
  RegionId: 'string',
  Name: 'string',
  ClientIpPool: 'string',
  LocalSubnet: 'string',
  Proto: 'string',
  Port: 'int',
  Cipher: 'string',
  Compress: 'bool',
  Connections: 'int',
  MaxConnections: 'int',
  InternetIp: 'string',
  // Epoch milliseconds.
  CreateTime: 'int',
  EnableMultiFactorAuth: 'bool',
  IDaaSInstanceId: 'string',
  IDaaSApplicationId: 'string',
  IDaaSInstanceVersion: 'string',
  ResourceGroupId: 'string',
} as const;

const sslVpnServer = obj({ ...serverFields, DnsServers: 'string', IDaaSRegionId: 'string' });

// `Status`: normal | expiring-soon | expired (from EndTime, epoch ms).
const certFields = {
  SslVpnClientCertId: 'string!',
  SslVpnServerId: 'string',
  Name: 'string',
  RegionId: 'string',
  ResourceGroupId: 'string',
  CreateTime: 'int',
  EndTime: 'int',
  Status: 'string',
} as const;

const sslVpnClientCert = obj(certFields);

const clientInfo = obj({
  CommonName: 'string',
  Ip: 'string',
  // A string in the API (the client's source port).
  Port: 'string',
  PrivateIp: 'string',
  ConnectedTime: 'int',
  ReceiveBytes: 'int',
  SendBytes: 'int',
  Status: 'string',
});

/** An SSL server of DescribeSslVpnServers. */
export type SslVpnServer = Infer<typeof sslVpnServer>;
/** A certificate of DescribeSslVpnClientCerts (never with key material). */
export type SslVpnClientCert = Infer<typeof sslVpnClientCert>;
/** A connected client of DescribeSslVpnClients (`Status` is only ever `online`). */
export type SslVpnClientInfo = Infer<typeof clientInfo>;

/** SSL-VPN actions (REFERENCE-2 §3). */
export const sslVpnActions = {
  CreateSslVpnServer: defineAction<CreateSslVpnServerRequest>()(
    response({ SslVpnServerId: 'string!', Name: 'string' }),
  ),
  ModifySslVpnServer: defineAction<ModifySslVpnServerRequest>()(response(serverFields)),
  DeleteSslVpnServer: defineAction<DeleteSslVpnServerRequest>()(requestIdOnly),
  DescribeSslVpnServers: defineAction<DescribeSslVpnServersRequest>({ read: true })(
    response({ ...pageFields, SslVpnServers: list('SslVpnServer', sslVpnServer) }),
  ),
  CreateSslVpnClientCert: defineAction<CreateSslVpnClientCertRequest>()(
    response({ SslVpnClientCertId: 'string!', Name: 'string' }),
  ),
  ModifySslVpnClientCert: defineAction<ModifySslVpnClientCertRequest>()(
    response({ SslVpnClientCertId: 'string!', Name: 'string' }),
  ),
  DeleteSslVpnClientCert: defineAction<SslVpnClientCertRequest>()(requestIdOnly),
  // Key material: `ClientKey` is a private key and `ClientConfig` the client's configuration;
  // both are secrets (the client's log redaction masks them, redact.ts).
  DescribeSslVpnClientCert: defineAction<SslVpnClientCertRequest>({ read: true })(
    response({
      ...certFields,
      CaCert: 'string!',
      ClientCert: 'string!',
      ClientKey: 'string!',
      ClientConfig: 'string!',
    }),
  ),
  DescribeSslVpnClientCerts: defineAction<DescribeSslVpnClientCertsRequest>({ read: true })(
    response({
      ...pageFields,
      // The wrapper is `SslVpnClientCertKeys.SslVpnClientCertKey`, not "Certs" (REFERENCE-2 §3.9).
      SslVpnClientCertKeys: list('SslVpnClientCertKey', sslVpnClientCert),
    }),
  ),
  DescribeSslVpnClients: defineAction<DescribeSslVpnClientsRequest>({ read: true })(
    response({
      ...pageFields,
      RegionId: 'string',
      VpnGatewayId: 'string',
      ClientInfoList: array(clientInfo),
    }),
  ),
  DescribeVpnSslServerLogs: defineAction<DescribeVpnSslServerLogsRequest>({ read: true })(
    response({
      Count: 'int!',
      IsCompleted: 'bool',
      PageNumber: 'int!',
      PageSize: 'int!',
      Data: obj({ Logs: array('string') }),
    }),
  ),
};

type Actions = typeof sslVpnActions;
/** DescribeSslVpnServers response. */
export type DescribeSslVpnServersResponse = Infer<Actions['DescribeSslVpnServers']['response']>;
/** ModifySslVpnServer response (the server after the change, flat). */
export type ModifySslVpnServerResponse = Infer<Actions['ModifySslVpnServer']['response']>;
/** DescribeSslVpnClientCert response, with key material: operators only, never logged. */
export type DescribeSslVpnClientCertResponse = Infer<
  Actions['DescribeSslVpnClientCert']['response']
>;
/** DescribeSslVpnClientCerts response. */
export type DescribeSslVpnClientCertsResponse = Infer<
  Actions['DescribeSslVpnClientCerts']['response']
>;
/** DescribeSslVpnClients response. */
export type DescribeSslVpnClientsResponse = Infer<Actions['DescribeSslVpnClients']['response']>;
/** DescribeVpnSslServerLogs response (`Data.Logs` is a bare string array). */
export type DescribeVpnSslServerLogsResponse = Infer<
  Actions['DescribeVpnSslServerLogs']['response']
>;
