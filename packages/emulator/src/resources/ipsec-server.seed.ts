import type { SeedContext } from '../resource-module.ts';
import {
  DEFAULT_IKE,
  DEFAULT_IPSEC,
  IPSEC_SERVER_KIND,
  recordIpsecLog,
} from './ipsec-server.model.ts';
import type { IpsecServerRecord } from './ipsec-server.model.ts';
import { sslInternetIpOf } from './ssl-vpn-server.model.ts';
import { randomPsk } from './vpn-connection.config.ts';
import { VPN_GATEWAY_KIND } from './vpn-gateway.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';

const MINUTE = 60_000;

// Relative to the emulator's start, so a "last 10 minutes" log query finds lines in any demo.
const LOGS = [
  { ago: 9 * MINUTE, line: 'IKE_SA iss-peer[1] established with 198.51.100.40 (ikev2, aes/sha1)' },
  { ago: 6 * MINUTE, line: 'CHILD_SA iss-peer{1} established, virtual IP 172.30.0.2 assigned' },
  { ago: 2 * MINUTE, line: 'received DPD request from 198.51.100.40, answered' },
];

/**
 * Seeds one IPsec server on the dual-tunnel `sg-partner-vpn` (ap-southeast-1, SSL-VPN on), with
 * a few log lines. Its PSK is random per start: never a fixed secret in the demo.
 */
export function seedIpsecServers(ctx: SeedContext): void {
  const regionId = 'ap-southeast-1';
  if (!ctx.regionIds.includes(regionId)) return;
  const gw = ctx.store
    .table<VpnGatewayRecord>(regionId, VPN_GATEWAY_KIND)
    .list()
    .find((g) => g.Name === 'sg-partner-vpn' && g.EnableSsl);
  if (!gw) return;
  const { Psk: _none, ...ike } = DEFAULT_IKE;
  const server: IpsecServerRecord = {
    id: ctx.newId('iss', regionId),
    regionId,
    tags: [],
    IpsecServerName: 'sg-field-staff',
    VpnGatewayId: gw.id,
    ClientIpPool: '172.30.0.0/24',
    LocalSubnet: '10.50.0.0/16',
    EffectImmediately: true,
    Psk: randomPsk(),
    PskEnabled: true,
    IkeConfig: { ...ike, LocalId: sslInternetIpOf(gw) },
    IpsecConfig: { ...DEFAULT_IPSEC, IpsecPfs: 'group14' },
    CreationTime: gw.CreateTime + 3 * 24 * 60 * MINUTE,
    ResourceGroupId: gw.ResourceGroupId,
    logs: [],
  };
  const now = Date.now();
  for (const l of LOGS) recordIpsecLog(server, now - l.ago, l.line);
  ctx.store.table<IpsecServerRecord>(regionId, IPSEC_SERVER_KIND).put(server);
}
