import type { Topology } from '@gc/contracts';
import type { VpcClient } from '@gc/vpc-client';
import { notFound } from './kit/not-found.ts';
import { collectPages } from './collect.ts';
import { toIpv6Address, toIpv6Gateway } from './ipv6.mappers.ts';
import { toVpc, toVSwitch } from './lookup.mappers.ts';
import { toDnatEntry, toNatGateway, toSnatEntry } from './nat-gateway.mappers.ts';
import { buildTopology } from './topology-builder.ts';
import { toCustomerGateway, toVpnConnection, toVpnGateway } from './vpn.mappers.ts';

type Page = { PageNumber: number; PageSize: number };

/**
 * Reads one VPC's resources for its topology: the lists filtered by `VpcId` where the API has that
 * filter, region-wide connections and customer gateways (one list each instead of one call per
 * gateway), then the SNAT/DNAT entries of each NAT gateway. All through the cached client.
 */
export class TopologyService {
  constructor(private readonly client: VpcClient) {}

  /** Nodes and edges of the VPC; 404 `InvalidVpcId.NotFound` when it does not exist. */
  async topology(regionId: string, vpcId: string): Promise<Topology> {
    const c = this.client;
    const R = { RegionId: regionId };
    const V = { ...R, VpcId: vpcId };
    const [vpcs, vSwitches, nats, vpns, connections, customers, ipv6s, addresses] =
      await Promise.all([
        c.describeVpcs({ ...V }).then((r) => r.Vpcs.Vpc),
        collectPages(async (p: Page) => {
          const r = await c.describeVSwitches({ ...V, ...p });
          return { items: r.VSwitches.VSwitch, totalCount: r.TotalCount };
        }),
        collectPages(async (p: Page) => {
          const r = await c.describeNatGateways({ ...V, ...p });
          return { items: r.NatGateways.NatGateway, totalCount: r.TotalCount };
        }),
        collectPages(async (p: Page) => {
          const r = await c.describeVpnGateways({ ...V, ...p });
          return { items: r.VpnGateways.VpnGateway, totalCount: r.TotalCount };
        }),
        collectPages(async (p: Page) => {
          const r = await c.describeVpnConnections({ ...R, ...p });
          return { items: r.VpnConnections.VpnConnection, totalCount: r.TotalCount };
        }),
        collectPages(async (p: Page) => {
          const r = await c.describeCustomerGateways({ ...R, ...p });
          return { items: r.CustomerGateways.CustomerGateway, totalCount: r.TotalCount };
        }),
        collectPages(async (p: Page) => {
          const r = await c.describeIpv6Gateways({ ...V, ...p });
          return { items: r.Ipv6Gateways.Ipv6Gateway, totalCount: r.TotalCount };
        }),
        collectPages(async (p: Page) => {
          const r = await c.describeIpv6Addresses({ ...V, ...p });
          return { items: r.Ipv6Addresses.Ipv6Address, totalCount: r.TotalCount };
        }),
      ]);
    const vpc = vpcs.find((v) => v.VpcId === vpcId);
    if (!vpc) throw notFound({ kind: 'VPC', id: vpcId, regionId, code: 'InvalidVpcId.NotFound' });
    const natGateways = await Promise.all(
      nats.map(toNatGateway).map(async (gateway) => {
        const N = { ...R, NatGatewayId: gateway.id };
        const [snat, dnat] = await Promise.all([
          collectPages(async (p: Page) => {
            const r = await c.describeSnatTableEntries({ ...N, ...p });
            return { items: r.SnatTableEntries.SnatTableEntry, totalCount: r.TotalCount };
          }),
          collectPages(async (p: Page) => {
            const r = await c.describeForwardTableEntries({ ...N, ...p });
            return { items: r.ForwardTableEntries.ForwardTableEntry, totalCount: r.TotalCount };
          }),
        ]);
        return { gateway, snat: snat.map(toSnatEntry), dnat: dnat.map(toDnatEntry) };
      }),
    );
    const vpnGateways = vpns.map((g) => toVpnGateway(g, regionId));
    const vpnIds = new Set(vpnGateways.map((g) => g.id));
    return buildTopology({
      regionId,
      vpc: toVpc(vpc),
      vSwitches: vSwitches.map(toVSwitch),
      natGateways,
      vpnGateways,
      connections: connections
        .map((x) => toVpnConnection(x, regionId))
        .filter((x) => vpnIds.has(x.vpnGatewayId)),
      customerGateways: customers.map((x) => toCustomerGateway(x, [])),
      ipv6Gateways: ipv6s.map(toIpv6Gateway),
      addresses: addresses.map((a) => toIpv6Address(a, regionId)),
    });
  }
}
