import type {
  Ipv6Address,
  Ipv6Gateway,
  NatGateway,
  RegionFailure,
  VpnConnection,
  VpnGateway,
} from '@gc/contracts';
import { VpcApiError, type VpcClient } from '@gc/vpc-client';
import { isHttpError, mapUpstreamError } from '../upstream-error-map.ts';
import { collectPages } from './collect.ts';
import { toIpv6Address, toIpv6Gateway } from './ipv6.mappers.ts';
import { toNatGateway } from './nat-gateway.mappers.ts';
import { toVpnConnection, toVpnGateway } from './vpn.mappers.ts';

/** Runs an upstream call within the inventory's concurrency bound. */
export type Limit = <T>(fn: () => Promise<T>) => Promise<T>;

/** What the last read of a region found: which dependent calls to start before the lists answer. */
export interface RegionHints {
  /** The region held gateways: list it at once instead of asking first whether it has VPCs. */
  occupied: boolean;
  natGatewayIds: readonly string[];
  hasVpn: boolean;
  hasIpv6: boolean;
}

/** SNAT/DNAT counts of one NAT gateway; `null` = could not be read. */
export interface NatRuleCounts {
  snat: number | null;
  dnat: number | null;
}

/** Everything the inventory reads in one region; lists are `null` when their call failed. */
export interface RegionData {
  regionId: string;
  nat: NatGateway[] | null;
  natCounts: Map<string, NatRuleCounts>;
  vpn: VpnGateway[] | null;
  connections: VpnConnection[] | null;
  ipv6: Ipv6Gateway[] | null;
  addresses: Ipv6Address[] | null;
  /** The first failure in the region; what did answer is kept. */
  error?: RegionFailure;
}

/** Empty hints: a region never read before. */
export const NO_HINTS: RegionHints = {
  occupied: false,
  natGatewayIds: [],
  hasVpn: false,
  hasIpv6: false,
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
  const ruleCounts = async (id: string): Promise<NatRuleCounts> => {
    const [snat, dnat] = await Promise.all([
      count(() => client.describeSnatTableEntries({ ...R, NatGatewayId: id, PageSize: 1 })),
      count(() => client.describeForwardTableEntries({ ...R, NatGatewayId: id, PageSize: 1 })),
    ]);
    return { snat, dnat };
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
  let connectionsP = hints.hasVpn ? connectionsOf() : undefined;
  let addressesP = hints.hasIpv6 ? addressesOf() : undefined;
  const countsP = new Map(hints.natGatewayIds.map((id) => [id, ruleCounts(id)]));

  const [natRaw, vpnRaw, ipv6Raw] = await Promise.all([natP, vpnP, ipv6P]);
  for (const g of natRaw ?? [])
    if (!countsP.has(g.NatGatewayId)) countsP.set(g.NatGatewayId, ruleCounts(g.NatGatewayId));
  if (vpnRaw?.length) connectionsP ??= connectionsOf();
  if (ipv6Raw?.length) addressesP ??= addressesOf();

  const nat = natRaw?.map(toNatGateway) ?? null;
  const natCounts = new Map<string, NatRuleCounts>();
  await Promise.all(
    (nat ?? []).map(async (g) =>
      natCounts.set(g.id, await (countsP.get(g.id) ?? ruleCounts(g.id))),
    ),
  );
  // Prefetched counts of gateways that are gone are settled (attempt never rejects) and dropped.
  const connections = vpnRaw?.length ? ((await connectionsP) ?? null) : [];
  const addresses = ipv6Raw?.length ? ((await addressesP) ?? null) : [];
  return {
    regionId,
    nat,
    natCounts,
    vpn: vpnRaw?.map((g) => toVpnGateway(g, regionId)) ?? null,
    connections: connections?.map((c) => toVpnConnection(c, regionId)) ?? null,
    ipv6: ipv6Raw?.map(toIpv6Gateway) ?? null,
    addresses: addresses?.map((a) => toIpv6Address(a, regionId)) ?? null,
    error,
  };
}

function emptyRegion(regionId: string, error: RegionFailure | undefined): RegionData {
  return {
    regionId,
    nat: [],
    natCounts: new Map(),
    vpn: [],
    connections: [],
    ipv6: [],
    addresses: [],
    error,
  };
}
