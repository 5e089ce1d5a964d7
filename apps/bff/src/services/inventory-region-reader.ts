import type {
  CustomerGateway,
  DnatEntry,
  Eip,
  Ipv6Address,
  Ipv6EgressRule,
  Ipv6Gateway,
  NatGateway,
  RegionFailure,
  SnatEntry,
  SslVpnServer,
  VpnConnection,
  VpnGateway,
} from '@gc/contracts';
import { VpcApiError, type VpcClient } from '@gc/vpc-client';
import { isHttpError, mapUpstreamError } from '../upstream-error-map.ts';
import { collectPages } from './collect.ts';
import { toIpv6Address, toIpv6Gateway } from './ipv6.mappers.ts';
import { toIpv6EgressRule } from './ipv6-egress-rule-service.ts';
import { toEip } from './lookup.mappers.ts';
import { toDnatEntry, toNatGateway, toSnatEntry } from './nat-gateway.mappers.ts';
import { toSslVpnServer } from './ssl-vpn.mappers.ts';
import { toCustomerGateway, toVpnConnection, toVpnGateway } from './vpn.mappers.ts';

/** Runs an upstream call within the inventory's concurrency bound. */
export type Limit = <T>(fn: () => Promise<T>) => Promise<T>;

/** What the last read of a region found: which dependent calls to start before the lists answer. */
export interface RegionHints {
  /** The region held gateways: list it at once instead of asking first whether it has VPCs. */
  occupied: boolean;
  natGatewayIds: readonly string[];
  hasVpn: boolean;
  /** A VPN gateway of the region had SSL-VPN on: its servers are read with the lists. */
  hasSslVpn: boolean;
  /** The IPv6 gateways (none: no IPv6 gateway), whose egress rules and addresses are read with the lists. */
  ipv6GatewayIds: readonly string[];
}

/** SNAT/DNAT entries of one NAT gateway; `null` = could not be read. */
export interface NatRuleLists {
  snat: SnatEntry[] | null;
  dnat: DnatEntry[] | null;
}

/** Everything the inventory reads in one region; lists are `null` when their call failed. */
export interface RegionData {
  regionId: string;
  nat: NatGateway[] | null;
  natRules: Map<string, NatRuleLists>;
  vpn: VpnGateway[] | null;
  connections: VpnConnection[] | null;
  /** VcoHealthCheck.Enable per connection (single-tunnel), for the health-check check. */
  connectionHealth: Map<string, boolean | null>;
  ipv6: Ipv6Gateway[] | null;
  addresses: Ipv6Address[] | null;
  /** The checks' extra reads (issue 19): every EIP, customer gateway, SSL server, egress rule. */
  eips: Eip[] | null;
  customerGateways: CustomerGateway[] | null;
  sslServers: SslVpnServer[] | null;
  egressRules: Ipv6EgressRule[] | null;
  /** The first failure in the region; what did answer is kept. */
  error?: RegionFailure;
}

/** Empty hints: a region never read before. */
export const NO_HINTS: RegionHints = {
  occupied: false,
  natGatewayIds: [],
  hasVpn: false,
  hasSslVpn: false,
  ipv6GatewayIds: [],
};

/** The upstream failure as the API shows it: code, scrubbed message, RequestId, action. */
export function toRegionFailure(err: unknown, secrets: readonly string[]): RegionFailure {
  const mapped = mapUpstreamError(err, secrets);
  const action = err instanceof VpcApiError ? err.action : undefined;
  if (isHttpError(mapped)) {
    return {
      code: mapped.code,
      message: mapped.message,
      requestId: mapped.extra.requestId,
      action,
    };
  }
  return { code: 'InternalError', message: 'The region could not be read.', action };
}

/**
 * Reads one region with list calls only, except two `PageSize=1` counts per NAT gateway (SNAT
 * and DNAT need a gateway or table ID, REFERENCE §3.2). Calls that depend on a list (counts,
 * connections, addresses) start at once for what `hints` remembers, and after the list only for
 * what is new, so a steady-state read is one round trip. A region that held no gateway is first
 * asked for its VPC count: every NAT, VPN and IPv6 gateway lives in a VPC (REFERENCE §3.2, §3.4,
 * §3.5), so no VPC means nothing to list (1 call instead of 3+). Never rejects: a failed call marks the
 * region and leaves its part `null`.
 */
export async function readRegion(
  client: VpcClient,
  regionId: string,
  hints: RegionHints,
  limit: Limit,
  secrets: readonly string[],
): Promise<RegionData> {
  let error: RegionFailure | undefined;
  const attempt = async <T>(fn: () => Promise<T>): Promise<T | null> => {
    try {
      return await fn();
    } catch (err) {
      error ??= toRegionFailure(err, secrets);
      return null;
    }
  };
  const R = { RegionId: regionId };
  const pages = <T>(
    fetch: (p: {
      PageNumber: number;
      PageSize: number;
    }) => Promise<{ items: T[]; totalCount: number }>,
  ) => attempt(() => collectPages((page) => limit(() => fetch(page))));
  const count = (fn: () => Promise<{ TotalCount: number }>) =>
    attempt(async () => (await limit(fn)).TotalCount);
  // Whole SNAT/DNAT lists (one page for all but huge tables): the checks read ports and IPs.
  const ruleCounts = async (id: string): Promise<NatRuleLists> => {
    const [snat, dnat] = await Promise.all([
      pages(async (p) => {
        const r = await client.describeSnatTableEntries({ ...R, NatGatewayId: id, ...p });
        return { items: r.SnatTableEntries.SnatTableEntry, totalCount: r.TotalCount };
      }),
      pages(async (p) => {
        const r = await client.describeForwardTableEntries({ ...R, NatGatewayId: id, ...p });
        return { items: r.ForwardTableEntries.ForwardTableEntry, totalCount: r.TotalCount };
      }),
    ]);
    return { snat: snat?.map(toSnatEntry) ?? null, dnat: dnat?.map(toDnatEntry) ?? null };
  };
  const connectionsOf = () =>
    pages(async (p) => {
      const r = await client.describeVpnConnections({ ...R, ...p });
      return { items: r.VpnConnections.VpnConnection, totalCount: r.TotalCount };
    });
  const addressesOf = () =>
    pages(async (p) => {
      const r = await client.describeIpv6Addresses({ ...R, ...p });
      return { items: r.Ipv6Addresses.Ipv6Address, totalCount: r.TotalCount };
    });

  if (!hints.occupied) {
    const vpcs = await count(() => client.describeVpcs({ ...R, PageSize: 1 }));
    // A failed count (null) falls through to the lists: better a failure there than a silent gap.
    if (vpcs === 0) return emptyRegion(regionId, error);
  }
  const eipsP = pages(async (p) => {
    const r = await client.describeEipAddresses({ ...R, ...p });
    return { items: r.EipAddresses.EipAddress, totalCount: r.TotalCount };
  });
  const cgwsP = pages(async (p) => {
    const r = await client.describeCustomerGateways({ ...R, ...p });
    return { items: r.CustomerGateways.CustomerGateway, totalCount: r.TotalCount };
  });
  const natP = pages(async (p) => {
    const r = await client.describeNatGateways({ ...R, ...p });
    return { items: r.NatGateways.NatGateway, totalCount: r.TotalCount };
  });
  const vpnP = pages(async (p) => {
    const r = await client.describeVpnGateways({ ...R, ...p });
    return { items: r.VpnGateways.VpnGateway, totalCount: r.TotalCount };
  });
  const ipv6P = pages(async (p) => {
    const r = await client.describeIpv6Gateways({ ...R, ...p });
    return { items: r.Ipv6Gateways.Ipv6Gateway, totalCount: r.TotalCount };
  });
  const sslOf = () =>
    pages(async (p) => {
      const r = await client.describeSslVpnServers({ ...R, ...p });
      return { items: r.SslVpnServers.SslVpnServer, totalCount: r.TotalCount };
    });
  const egressOf = async (id: string) => {
    const rules = await pages(async (p) => {
      const r = await client.describeIpv6EgressOnlyRules({ ...R, Ipv6GatewayId: id, ...p });
      return { items: r.Ipv6EgressOnlyRules.Ipv6EgressOnlyRule, totalCount: r.TotalCount };
    });
    return rules?.map((rule) => toIpv6EgressRule(rule, id)) ?? null;
  };
  let connectionsP = hints.hasVpn ? connectionsOf() : undefined;
  let addressesP = hints.ipv6GatewayIds.length > 0 ? addressesOf() : undefined;
  let sslP = hints.hasSslVpn ? sslOf() : undefined;
  const countsP = new Map(hints.natGatewayIds.map((id) => [id, ruleCounts(id)]));
  const egressP = new Map(hints.ipv6GatewayIds.map((id) => [id, egressOf(id)]));

  const [natRaw, vpnRaw, ipv6Raw] = await Promise.all([natP, vpnP, ipv6P]);
  for (const g of natRaw ?? [])
    if (!countsP.has(g.NatGatewayId)) countsP.set(g.NatGatewayId, ruleCounts(g.NatGatewayId));
  for (const g of ipv6Raw ?? [])
    if (!egressP.has(g.Ipv6GatewayId)) egressP.set(g.Ipv6GatewayId, egressOf(g.Ipv6GatewayId));
  if (vpnRaw?.length) connectionsP ??= connectionsOf();
  if (ipv6Raw?.length) addressesP ??= addressesOf();
  const sslOn = vpnRaw?.some((g) => g.SslVpn === 'enable') ?? false;
  if (sslOn) sslP ??= sslOf();

  const nat = natRaw?.map(toNatGateway) ?? null;
  const natRules = new Map<string, NatRuleLists>();
  await Promise.all(
    (nat ?? []).map(async (g) => natRules.set(g.id, await (countsP.get(g.id) ?? ruleCounts(g.id)))),
  );
  // Prefetched counts of gateways that are gone are settled (attempt never rejects) and dropped.
  const connections = vpnRaw?.length ? ((await connectionsP) ?? null) : [];
  const addresses = ipv6Raw?.length ? ((await addressesP) ?? null) : [];
  // What was started from hints for gateways that are gone (or SSL turned off) is dropped.
  const [eips, cgws, ssl, egress] = await Promise.all([
    eipsP,
    cgwsP,
    sslOn ? sslP : [],
    Promise.all((ipv6Raw ?? []).map((g) => egressP.get(g.Ipv6GatewayId))),
  ]);
  const mapped = connections?.map((c) => toVpnConnection(c, regionId)) ?? null;
  return {
    regionId,
    nat,
    natRules,
    vpn: vpnRaw?.map((g) => toVpnGateway(g, regionId)) ?? null,
    connections: mapped,
    connectionHealth: new Map(
      (connections ?? []).map((c) => [c.VpnConnectionId, healthOf(c.VcoHealthCheck?.Enable)]),
    ),
    ipv6: ipv6Raw?.map(toIpv6Gateway) ?? null,
    addresses: addresses?.map((a) => toIpv6Address(a, regionId)) ?? null,
    eips: eips?.map(toEip) ?? null,
    customerGateways:
      cgws?.map((c) => toCustomerGateway(c, usedBy(mapped, c.CustomerGatewayId))) ?? null,
    sslServers: ssl?.map((x) => toSslVpnServer(x, regionId)) ?? null,
    egressRules: egress.some((r) => r === null) ? null : egress.flatMap((r) => r ?? []),
    error,
  };
}

const healthOf = (enable: string | undefined): boolean | null =>
  enable === undefined || enable === '' ? null : enable === 'true';

// `null` connections (their call failed): the customer gateway counts as used, so no guess fires.
const usedBy = (connections: VpnConnection[] | null, cgw: string): string[] =>
  connections === null
    ? ['?']
    : connections
        .filter(
          (c) => c.customerGatewayId === cgw || c.tunnels.some((t) => t.customerGatewayId === cgw),
        )
        .map((c) => c.id);

function emptyRegion(regionId: string, error: RegionFailure | undefined): RegionData {
  return {
    regionId,
    nat: [],
    natRules: new Map(),
    vpn: [],
    connections: [],
    connectionHealth: new Map(),
    ipv6: [],
    addresses: [],
    eips: [],
    customerGateways: [],
    sslServers: [],
    egressRules: [],
    error,
  };
}
