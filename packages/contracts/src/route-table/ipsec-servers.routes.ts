import {
  createIpsecServerSchema,
  ipsecServerListQuerySchema,
  ipsecServerListSchema,
  ipsecServerLogsQuerySchema,
  ipsecServerLogsSchema,
  ipsecServerParamsSchema,
  ipsecServerSchema,
  updateIpsecServerSchema,
} from '../ipsec-server.ts';
import { regionParamsSchema } from '../route-params.ts';
import { defineRoute } from './define-route.ts';

const ISS = '/api/regions/{regionId}/ipsec-servers';

/** IPsec servers (client-to-site over IPsec): list, create, update, delete, logs. */
export const ipsecServerRoutes = {
  list: defineRoute({
    method: 'get',
    path: ISS,
    summary: 'IPsec servers of a region, or of one VPN gateway (`?vpnGatewayId=`); never the key',
    params: regionParamsSchema,
    query: ipsecServerListQuerySchema,
    response: ipsecServerListSchema,
  }),
  create: defineRoute({
    method: 'post',
    path: ISS,
    summary: 'Create the IPsec server of a VPN gateway (SSL-VPN on; the gateway goes updating)',
    params: regionParamsSchema,
    body: createIpsecServerSchema,
    status: 201,
    response: ipsecServerSchema,
    creates: true,
    audit: { action: 'CreateIpsecServer' },
  }),
  update: defineRoute({
    method: 'patch',
    path: `${ISS}/{id}`,
    summary: 'Change an IPsec server (only the sent fields; no psk keeps the key)',
    params: ipsecServerParamsSchema,
    body: updateIpsecServerSchema,
    response: ipsecServerSchema,
    audit: { action: 'UpdateIpsecServer', resourceParam: 'id' },
  }),
  remove: defineRoute({
    method: 'delete',
    path: `${ISS}/{id}`,
    summary: 'Delete an IPsec server (the gateway goes updating)',
    params: ipsecServerParamsSchema,
    status: 204,
    audit: { action: 'DeleteIpsecServer', resourceParam: 'id' },
  }),
  logs: defineRoute({
    method: 'get',
    path: `${ISS}/{id}/logs`,
    summary: 'Log lines of an IPsec server (from/to in Unix seconds, default: last hour)',
    params: ipsecServerParamsSchema,
    query: ipsecServerLogsQuerySchema,
    response: ipsecServerLogsSchema,
  }),
};
