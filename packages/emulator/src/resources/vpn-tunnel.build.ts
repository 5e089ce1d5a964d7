import { malformedParam } from '../errors.ts';
import type { ActionContext } from '../resource-module.ts';
import { requireCustomerGateway } from './customer-gateway.model.ts';
import { zoneOf } from './vpn-connection.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';
import { mergeIke, mergeIpsec, tunnelBgp } from './vpn-tunnel.config.ts';
import type { TunnelOptionsInput } from './vpn-tunnel.config.ts';
import type { VpnTunnelRecord } from './vpn-tunnel.model.ts';

/**
 * The two tunnels of a new dual-tunnel connection (REFERENCE-2 §1.5). Exactly one `master` and
 * one `slave` ([emulator choice]: the count rule is unconfirmed; 1 or 3 items →
 * `InvalidParameter.TunnelOptionsSpecification.Malformed`). The first item becomes tunnel 1
 * (the gateway's `InternetIp`, its vSwitch's zone), the second tunnel 2 (the DR IP and zone).
 */
export function buildTunnels(
  ctx: ActionContext,
  gw: VpnGatewayRecord,
  items: readonly TunnelOptionsInput[],
  bgp: { enabled: boolean; used: readonly string[] },
): VpnTunnelRecord[] {
  const bad = (why: string) => malformedParam('TunnelOptionsSpecification', why);
  if (items.length !== 2)
    throw bad(`exactly two tunnels are needed (one master, one slave); got ${items.length}.`);
  const roles = items.map((t, i) => t.Role ?? (i === 0 ? 'master' : 'slave'));
  if (!roles.includes('master') || !roles.includes('slave'))
    throw bad('one tunnel must have Role master and the other Role slave.');
  const used = [...bgp.used];
  return items.map((item, i) => {
    if (!item.CustomerGatewayId)
      throw malformedParam(
        'CustomerGatewayId',
        `TunnelOptionsSpecification.${i + 1}.CustomerGatewayId is mandatory.`,
      );
    const cgw = requireCustomerGateway(ctx.store, gw.regionId, item.CustomerGatewayId);
    const internetIp = i === 0 ? gw.InternetIp : gw.DisasterRecoveryInternetIp;
    const tunnel: VpnTunnelRecord = {
      TunnelId: ctx.newId('tun', gw.regionId),
      TunnelIndex: i + 1,
      Role: roles[i] === 'master' ? 'master' : 'slave',
      CustomerGatewayId: cgw.id,
      InternetIp: internetIp,
      ZoneNo: zoneOf(ctx.store, gw, i === 1),
      State: 'active',
      Status: 'ike_sa_not_established',
      EnableDpd: item.EnableDpd ?? true,
      EnableNatTraversal: item.EnableNatTraversal ?? true,
      RemoteCaCertificate: item.RemoteCaCertificate ?? '',
      TunnelIkeConfig: mergeIke(item.TunnelIkeConfig, undefined, {
        localIp: internetIp,
        remoteIp: cgw.IpAddress,
      }),
      TunnelIpsecConfig: mergeIpsec(item.TunnelIpsecConfig, undefined),
      PeerDown: false,
    };
    if (bgp.enabled) {
      tunnel.TunnelBgpConfig = tunnelBgp(item.TunnelBgpConfig, undefined, used, cgw.Asn);
      used.push(tunnel.TunnelBgpConfig.TunnelCidr);
    }
    return tunnel;
  });
}
