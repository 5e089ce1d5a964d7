import { createHash } from 'node:crypto';
import type { SeedContext } from '../resource-module.ts';
import { connectionsWhere, zoneOf } from './vpn-connection.model.ts';
import { VPN_GATEWAY_KIND } from './vpn-gateway.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';
import { isDualTunnelGateway } from './vpn-gateway.lock.ts';
import type { VpnTunnelRecord } from './vpn-tunnel.model.ts';

/**
 * Turns the seeded connections of the dual-tunnel seeded gateways into dual-tunnel connections
 * (a master and a slave tunnel on the same customer gateway, as the tf example does), so the
 * demo shows both forms. Runs after the VPN seed; stable ids and keys on every start.
 */
export function seedDualTunnels(ctx: SeedContext): void {
  for (const regionId of ctx.regionIds) {
    const gateways = ctx.store.table<VpnGatewayRecord>(regionId, VPN_GATEWAY_KIND);
    for (const conn of connectionsWhere(ctx.store, regionId, () => true)) {
      const gw = gateways.get(conn.VpnGatewayId);
      if (!gw || !isDualTunnelGateway(gw) || conn.Tunnels?.length) continue;
      const tunnel = (index: 1 | 2): VpnTunnelRecord => {
        const ip = index === 1 ? gw.InternetIp : gw.DisasterRecoveryInternetIp;
        const psk = createHash('sha256').update(`psk:${conn.id}:${index}`).digest('base64url');
        return {
          TunnelId: ctx.newId('tun', regionId),
          TunnelIndex: index,
          Role: index === 1 ? 'master' : 'slave',
          CustomerGatewayId: conn.CustomerGatewayId,
          InternetIp: ip,
          ZoneNo: zoneOf(ctx.store, gw, index === 2),
          State: 'active',
          Status: conn.Status,
          EnableDpd: true,
          EnableNatTraversal: true,
          RemoteCaCertificate: '',
          TunnelIkeConfig: { ...conn.IkeConfig, Psk: psk.slice(0, 16), LocalId: ip },
          TunnelIpsecConfig: { ...conn.IpsecConfig },
          PeerDown: false,
        };
      };
      conn.Tunnels = [tunnel(1), tunnel(2)];
      conn.EnableTunnelsBgp = false;
    }
  }
}
