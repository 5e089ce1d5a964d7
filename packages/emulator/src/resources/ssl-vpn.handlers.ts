import type { ResourceModule } from '../resource-module.ts';
import { sslVpnClientCertHandlers } from './ssl-vpn-client-cert.handlers.ts';
import { reconnectSslClients } from './ssl-vpn-client.connect.ts';
import { sslVpnClientHandlers } from './ssl-vpn-client.handlers.ts';
import { sslVpnServerHandlers } from './ssl-vpn-server.handlers.ts';
import { seedSslVpn } from './ssl-vpn.seed.ts';

/**
 * SSL-VPN (REFERENCE-2 §3): servers, client certificates, connected clients and server logs.
 * None has a status of its own; every write locks the VPN gateway (`updating`, §7.1, §7.4).
 */
export const sslVpnResource: ResourceModule = {
  name: 'ssl-vpn',
  handlers: { ...sslVpnServerHandlers, ...sslVpnClientCertHandlers, ...sslVpnClientHandlers },
  effects: { 'ssl-vpn.reconnect': reconnectSslClients },
  seed: seedSslVpn,
};
