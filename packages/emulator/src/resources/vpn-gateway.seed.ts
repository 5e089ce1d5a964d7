import { createHash } from 'node:crypto';
import type { SeedContext } from '../resource-module.ts';
import { tagRecords } from '../tags.ts';
import { CUSTOMER_GATEWAY_KIND } from './customer-gateway.model.ts';
import type { CustomerGatewayRecord } from './customer-gateway.model.ts';
import { parseIkeConfig, parseIpsecConfig } from './vpn-connection.config.ts';
import { VPN_CONNECTION_KIND } from './vpn-connection.model.ts';
import type { VpnConnectionRecord } from './vpn-connection.model.ts';
import { publicIpFor, VPN_GATEWAY_KIND } from './vpn-gateway.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';
import { allocateIp } from './vpc.model.ts';
import { VPN_SEEDS } from './vpn-gateway.seed-data.ts';
import { seededVSwitch } from './vpc.seed.ts';

// A stable pre-shared key per connection, so seeded state is identical on every start.
const seededPsk = (id: string) =>
  createHash('sha256').update(`psk:${id}`).digest('base64url').slice(0, 16);

/** Seeds VPN gateways, customer gateways and IPsec connections in the demo regions. */
export function seedVpn(ctx: SeedContext): void {
  const day = 86_400_000;
  for (const regionId of ctx.regionIds) {
    const seed = VPN_SEEDS[regionId];
    if (!seed) continue;
    const gateways = seed.gateways.map((g) => {
      const vsw = seededVSwitch(ctx, regionId, g.vswitch);
      const drVsw =
        g.drVswitch === undefined ? undefined : seededVSwitch(ctx, regionId, g.drVswitch);
      const id = ctx.newId('vpn', regionId);
      const created = ctx.now.getTime() - g.ageDays * day;
      // Mainland (China-site) gateways are subscriptions, the others pay-as-you-go (§3.4).
      const months = g.prepayMonths ?? (regionId.startsWith('cn-') ? 12 : 0);
      const end = g.expiresInDays !== undefined ? ctx.now.getTime() + g.expiresInDays * day : 0;
      const gw: VpnGatewayRecord = {
        id,
        regionId,
        tags: tagRecords(g.tags),
        Name: g.name,
        Description: g.description,
        VpcId: vsw.VpcId,
        VSwitchId: vsw.id,
        DisasterRecoveryVSwitchId: drVsw?.id ?? '',
        InternetIp: publicIpFor(regionId, id),
        DisasterRecoveryInternetIp: drVsw ? publicIpFor(regionId, `${id}-dr`) : '',
        IntranetIp: allocateIp(vsw),
        Status: 'active',
        Bandwidth: g.bandwidth,
        EnableIpsec: true,
        EnableSsl: g.ssl !== undefined,
        SslConnections: g.ssl ?? 5,
        ChargeType: months || end ? 'Prepay' : 'POSTPAY',
        NetworkType: 'public',
        VpnType: 'Normal',
        AutoPropagate: false,
        CreateTime: created,
        EndTime: end || (months ? created + months * 30 * day : 0),
        ResourceGroupId: 'rg-acfmdemo0default',
        GatewayType: g.enhanced ? 'Enhanced.SiteToSite' : 'Traditional',
      };
      return ctx.store.table<VpnGatewayRecord>(regionId, VPN_GATEWAY_KIND).put(gw);
    });
    const customers = seed.customers.map((c, i) =>
      ctx.store.table<CustomerGatewayRecord>(regionId, CUSTOMER_GATEWAY_KIND).put({
        id: ctx.newId('cgw', regionId),
        regionId,
        tags: tagRecords(c.tags),
        Name: c.name,
        Description: c.description,
        IpAddress: c.ip,
        Asn: c.asn ?? 0,
        AuthKey: '',
        CreateTime: ctx.now.getTime() - (200 - i) * day,
        ResourceGroupId: 'rg-acfmdemo0default',
      }),
    );
    for (const c of seed.connections) {
      const gw = gateways[c.gateway];
      const cgw = customers[c.customer];
      if (!gw || !cgw) throw new Error(`seed: bad VPN connection ${c.name} in ${regionId}`);
      const id = ctx.newId('vco', regionId);
      const ike = JSON.stringify({ Psk: seededPsk(id), ...c.ike });
      const conn: VpnConnectionRecord = {
        id,
        regionId,
        tags: tagRecords(c.tags),
        Name: c.name,
        VpnGatewayId: gw.id,
        CustomerGatewayId: cgw.id,
        LocalSubnet: c.local,
        RemoteSubnet: c.remote,
        CreateTime: gw.CreateTime + day,
        EffectImmediately: c.up,
        EnableDpd: true,
        EnableNatTraversal: true,
        AutoConfigRoute: true,
        RemoteCaCertificate: '',
        Status: c.up ? 'ipsec_sa_established' : 'ike_sa_not_established',
        State: 'active',
        IkeConfig: parseIkeConfig(ike, { localIp: gw.InternetIp, remoteIp: cgw.IpAddress }),
        IpsecConfig: parseIpsecConfig(undefined),
        ResourceGroupId: gw.ResourceGroupId,
      };
      ctx.store.table<VpnConnectionRecord>(regionId, VPN_CONNECTION_KIND).put(conn);
    }
  }
}
