import { regionParamsSchema } from '../route-params.ts';
import {
  createSslVpnServerSchema,
  sslVpnCertParamsSchema,
  sslVpnClientCertListSchema,
  sslVpnClientCertNameSchema,
  sslVpnClientCertSchema,
  sslVpnClientListSchema,
  sslVpnLogsQuerySchema,
  sslVpnLogsSchema,
  sslVpnServerListQuerySchema,
  sslVpnServerListSchema,
  sslVpnServerParamsSchema,
  sslVpnServerSchema,
  updateSslVpnServerSchema,
} from '../ssl-vpn.ts';
import { defineRoute } from './define-route.ts';

const R = '/api/regions/{regionId}/ssl-vpn-servers';
const CERT = `${R}/{id}/client-certs/{certId}`;

/** SSL-VPN servers (REFERENCE-2 §3.1–§3.4): every write puts the gateway in `updating`. */
export const sslVpnServerRoutes = {
  list: defineRoute({
    method: 'get',
    path: R,
    summary: 'The SSL-VPN servers of a region, or of one VPN gateway (`?vpnGatewayId=`)',
    params: regionParamsSchema,
    query: sslVpnServerListQuerySchema,
    response: sslVpnServerListSchema,
  }),
  create: defineRoute({
    method: 'post',
    path: R,
    summary: 'Create an SSL-VPN server on a gateway with SSL-VPN on',
    params: regionParamsSchema,
    body: createSslVpnServerSchema,
    status: 201,
    response: sslVpnServerSchema,
    creates: true,
    audit: { action: 'CreateSslVpnServer' },
  }),
  get: defineRoute({
    method: 'get',
    path: `${R}/{id}`,
    summary: 'One SSL-VPN server',
    params: sslVpnServerParamsSchema,
    response: sslVpnServerSchema,
  }),
  update: defineRoute({
    method: 'patch',
    path: `${R}/{id}`,
    summary: 'Change an SSL-VPN server (anything but a rename restarts it: clients reconnect)',
    params: sslVpnServerParamsSchema,
    body: updateSslVpnServerSchema,
    response: sslVpnServerSchema,
    audit: { action: 'ModifySslVpnServer', resourceParam: 'id' },
  }),
  remove: defineRoute({
    method: 'delete',
    path: `${R}/{id}`,
    summary: 'Delete an SSL-VPN server with its certificates (its clients are disconnected)',
    params: sslVpnServerParamsSchema,
    status: 204,
    audit: { action: 'DeleteSslVpnServer', resourceParam: 'id' },
  }),
  clients: defineRoute({
    method: 'get',
    path: `${R}/{id}/clients`,
    summary: "The server's connected clients (gateways with the VisuallySsl label only)",
    params: sslVpnServerParamsSchema,
    response: sslVpnClientListSchema,
  }),
  logs: defineRoute({
    method: 'get',
    path: `${R}/{id}/logs`,
    summary: 'Server log lines (from/to in Unix seconds, default: the last hour)',
    params: sslVpnServerParamsSchema,
    query: sslVpnLogsQuerySchema,
    response: sslVpnLogsSchema,
  }),
};

/** SSL-VPN client certificates of one server (REFERENCE-2 §3.5–§3.9). */
export const sslVpnClientCertRoutes = {
  list: defineRoute({
    method: 'get',
    path: `${R}/{id}/client-certs`,
    summary: "The server's client certificates (never key material)",
    params: sslVpnServerParamsSchema,
    response: sslVpnClientCertListSchema,
  }),
  create: defineRoute({
    method: 'post',
    path: `${R}/{id}/client-certs`,
    summary: 'Issue a client certificate',
    params: sslVpnServerParamsSchema,
    body: sslVpnClientCertNameSchema,
    status: 201,
    response: sslVpnClientCertSchema,
    creates: true,
    audit: { action: 'CreateSslVpnClientCert' },
  }),
  get: defineRoute({
    method: 'get',
    path: CERT,
    summary: 'One client certificate (never key material)',
    params: sslVpnCertParamsSchema,
    response: sslVpnClientCertSchema,
  }),
  config: defineRoute({
    method: 'get',
    path: `${CERT}/config`,
    summary:
      'The client configuration file (.ovpn with CA, certificate and private key); operators only',
    params: sslVpnCertParamsSchema,
    // A read of secret material: audited (without the material), like the peer configuration.
    audit: { action: 'DescribeSslVpnClientCert', resourceParam: 'certId' },
  }),
  rename: defineRoute({
    method: 'patch',
    path: CERT,
    summary: 'Rename a client certificate',
    params: sslVpnCertParamsSchema,
    body: sslVpnClientCertNameSchema,
    response: sslVpnClientCertSchema,
    audit: { action: 'ModifySslVpnClientCert', resourceParam: 'certId' },
  }),
  remove: defineRoute({
    method: 'delete',
    path: CERT,
    summary: 'Delete a client certificate (every client of the server is disconnected)',
    params: sslVpnCertParamsSchema,
    status: 204,
    audit: { action: 'DeleteSslVpnClientCert', resourceParam: 'certId' },
  }),
};
