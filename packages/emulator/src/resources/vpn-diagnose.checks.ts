import { createHash } from 'node:crypto';
import type { BaseRecord, Store } from '../store.ts';
import { cidrContains, cidrRange, VPC_KIND } from './vpc.model.ts';
import type { VpcRecord } from './vpc.model.ts';
import {
  CONNECTIONS_PER_GATEWAY,
  connectionsWhere,
  VPN_CONNECTION_KIND,
} from './vpn-connection.model.ts';
import type { VpnConnectionRecord } from './vpn-connection.model.ts';
import { tunnelViews } from './vpn-diagnose.model.ts';
import type { DiagnoseItem, TunnelView, VpnDiagnosisRecord } from './vpn-diagnose.model.ts';
import { VPN_GATEWAY_KIND } from './vpn-gateway.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';

/** Store kinds of the routes slice's destination and policy routes, counted for the quotas. */
export const ROUTE_KINDS = { dbr: 'vpnRouteEntries', pbr: 'vpnPbrRouteEntries' } as const;
// Route quotas per gateway ([emulator choice]; the real ones are in the console's quota page).
const ROUTE_QUOTA = 50;
const PBR_QUOTA = 100;

type Level = DiagnoseItem['DiagnoseResultLevel'];
type RouteRow = BaseRecord & { VpnGatewayId?: string; NextHop?: string };

const item = (name: string, level: Level, description: Record<string, unknown>): DiagnoseItem => ({
  DiagnoseName: name,
  DiagnoseResultLevel: level,
  DiagnoseResultDescription: JSON.stringify(description),
});

const cidrs = (list: string) => list.split(',').filter(Boolean);
function overlaps(a: string, b: string): boolean {
  const x = cidrRange(a);
  const y = cidrRange(b);
  return x.first < y.first + y.size && y.first < x.first + x.size;
}
const anyOverlap = (a: string, b: string) =>
  cidrs(a).flatMap((x) =>
    cidrs(b)
      .filter((y) => overlaps(x, y))
      .map((y) => `${x} ~ ${y}`),
  );

// A stable round trip per address pair, so repeated diagnoses agree.
const rttOf = (a: string, b: string) =>
  8 + ((createHash('sha256').update(`${a}>${b}`).digest()[0] ?? 0) % 50);

/** Gateway state, IPsec switch, subnets and each path's negotiation: configured vs running. */
function configConsistency(gw: VpnGatewayRecord, c: VpnConnectionRecord, paths: TunnelView[]) {
  const lack: string[] = [];
  const diff: string[] = [];
  if (gw.Status !== 'active') diff.push(`gateway status is ${gw.Status}, not active`);
  if (!gw.EnableIpsec) lack.push('IPsec-VPN is disabled on the gateway');
  for (const o of anyOverlap(c.LocalSubnet, c.RemoteSubnet))
    if (c.LocalSubnet !== '0.0.0.0/0') diff.push(`local and remote subnets overlap: ${o}`);
  for (const t of paths)
    if (!t.customerGatewayIp) lack.push(`${t.tunnelId || c.id}: no customer gateway`);
  const down = paths.filter((t) => t.status !== 'ipsec_sa_established');
  const waiting =
    down.length > 0 &&
    !c.EffectImmediately &&
    down.every((t) => t.status === 'ike_sa_not_established' && !t.peerDown);
  const level: Level =
    lack.length || diff.length || (down.length === paths.length && !waiting)
      ? 'error'
      : down.length
        ? 'warning'
        : 'normal';
  return item('VcoConfigConsistency', level, {
    vcoLackConf: lack,
    vcoDiffConf: diff,
    vcoConf: {
      gatewayStatus: gw.Status,
      ipsecEnabled: gw.EnableIpsec,
      localSubnet: c.LocalSubnet,
      remoteSubnet: c.RemoteSubnet,
    },
    vcoRunningConf: paths.map((t) => ({ tunnelId: t.tunnelId, role: t.role, status: t.status })),
    waitingForTraffic: waiting,
  });
}

/** The customer gateways' public IPs, pinged from the gateway: a peer marked down answers nothing. */
function internetConnectivity(paths: TunnelView[]) {
  const probes = paths.map((t) => ({
    tunnelId: t.tunnelId,
    srcIp: t.gatewayIp,
    targetIp: t.customerGatewayIp,
    rtt: t.peerDown ? -1 : rttOf(t.gatewayIp, t.customerGatewayIp),
    lossRate: t.peerDown ? 100 : 0,
  }));
  const lost = probes.filter((p) => p.rtt === -1).length;
  const level: Level = lost === 0 ? 'normal' : lost === probes.length ? 'error' : 'warning';
  return item('VcoUserInternetIpConnectivity', level, { ...probes[0], probes });
}

/** A private address pair through the tunnel (only with `IPsecExtendInfo`). */
function privateConnectivity(c: VpnConnectionRecord, paths: TunnelView[], d: VpnDiagnosisRecord) {
  const inLocal = cidrs(c.LocalSubnet).some((x) => cidrContains(x, d.PrivateSourceIp));
  const inRemote = cidrs(c.RemoteSubnet).some((x) => cidrContains(x, d.PrivateDestinationIp));
  const up = paths.some((t) => t.status === 'ipsec_sa_established' && !t.peerDown);
  const ok = inLocal && inRemote && up;
  return item('VcoPrivateConnectivity', ok ? 'normal' : 'error', {
    srcIp: d.PrivateSourceIp,
    targetIp: d.PrivateDestinationIp,
    rtt: ok ? rttOf(d.PrivateSourceIp, d.PrivateDestinationIp) + 2 : -1,
    lossRate: ok ? 0 : 100,
    ...(inLocal ? {} : { reason: 'source is outside the connection local subnets' }),
    ...(inRemote ? {} : { reason: 'destination is outside the connection remote subnets' }),
    ...(up || !inLocal || !inRemote ? {} : { reason: 'no tunnel has an IPsec SA' }),
  });
}

function quota(name: string, quotaName: string, quantity: number, used: number) {
  const level: Level = used >= quantity ? 'error' : used >= quantity * 0.8 ? 'warning' : 'normal';
  return item(name, level, { quotaName, quantity, used });
}

/** Remote subnets against the VPC's CIDR and the other connections; routes for route mode. */
function routeConflict(
  store: Store,
  gw: VpnGatewayRecord,
  c: VpnConnectionRecord,
  dbr: RouteRow[],
) {
  const vpc = store.table<VpcRecord>(gw.regionId, VPC_KIND).get(gw.VpcId);
  const withVpc =
    vpc && c.RemoteSubnet !== '0.0.0.0/0' ? anyOverlap(c.RemoteSubnet, vpc.CidrBlock) : [];
  const others = connectionsWhere(
    store,
    gw.regionId,
    (o) => o.VpnGatewayId === gw.id && o.id !== c.id,
  )
    .flatMap((o) => anyOverlap(c.RemoteSubnet, o.RemoteSubnet).map((x) => `${o.id}: ${x}`))
    .filter(() => c.RemoteSubnet !== '0.0.0.0/0');
  const routeMode = c.LocalSubnet === '0.0.0.0/0' && c.RemoteSubnet === '0.0.0.0/0';
  const routed = dbr.some((r) => r.NextHop === c.id);
  const level: Level = withVpc.length
    ? 'error'
    : others.length || (routeMode && !routed)
      ? 'warning'
      : 'normal';
  return item('RouteEntryConflict', level, {
    conflictWithVpc: withVpc,
    conflictWithConnections: others,
    destinationRouting: routeMode,
    routesToConnection: dbr.filter((r) => r.NextHop === c.id).length,
  });
}

/** The report of a one-click diagnosis, judged from the state at the moment it finishes. */
export function runDiagnosis(store: Store, d: VpnDiagnosisRecord): DiagnoseItem[] {
  const gw = store.table<VpnGatewayRecord>(d.regionId, VPN_GATEWAY_KIND).get(d.VpnGatewayId);
  const c = store
    .table<VpnConnectionRecord>(d.regionId, VPN_CONNECTION_KIND)
    .get(d.ResourceInstanceId);
  if (!gw || !c)
    return [
      item('VcoConfigConsistency', 'error', {
        vcoLackConf: ['the connection or its gateway no longer exists'],
        vcoDiffConf: [],
      }),
    ];
  const paths = tunnelViews(store, c);
  const mine = (kind: string) =>
    store
      .table<RouteRow>(d.regionId, kind)
      .list()
      .filter((r) => r.VpnGatewayId === gw.id);
  const dbr = mine(ROUTE_KINDS.dbr);
  const used = connectionsWhere(store, gw.regionId, (o) => o.VpnGatewayId === gw.id).length;
  return [
    routeConflict(store, gw, c, dbr),
    quota('VpnRouteQuota', 'vpn_route_entries', ROUTE_QUOTA, dbr.length),
    quota('VpnIPsecQuota', 'vpn_ipsec_connections', CONNECTIONS_PER_GATEWAY, used),
    quota('VpnPbrRouteQuota', 'vpn_pbr_route_entries', PBR_QUOTA, mine(ROUTE_KINDS.pbr).length),
    configConsistency(gw, c, paths),
    internetConnectivity(paths),
    ...(d.PrivateSourceIp ? [privateConnectivity(c, paths, d)] : []),
  ];
}
