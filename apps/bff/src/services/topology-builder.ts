import type {
  CustomerGateway,
  DnatEntry,
  Ipv6Address,
  Ipv6Gateway,
  NatGateway,
  SnatEntry,
  Topology,
  TopologyEdge,
  TopologyNode,
  VSwitch,
  Vpc,
  VpnConnection,
  VpnGateway,
} from '@gc/contracts';

/** What one VPC's picture is built from (already filtered to the VPC). */
export interface TopologyInput {
  regionId: string;
  vpc: Vpc;
  vSwitches: VSwitch[];
  natGateways: { gateway: NatGateway; snat: SnatEntry[]; dnat: DnatEntry[] }[];
  vpnGateways: VpnGateway[];
  connections: VpnConnection[];
  customerGateways: CustomerGateway[];
  ipv6Gateways: Ipv6Gateway[];
  addresses: Ipv6Address[];
}

/**
 * Nodes and edges of a VPC: VPC → vSwitches → NAT gateway → EIPs, SNAT/DNAT entries; VPN gateway
 * → IPsec connections → customer gateways; IPv6 gateway → addresses. No coordinates: the SPA lays
 * it out. Node IDs are the resource IDs, so a customer gateway shared by two connections is one node.
 */
export function buildTopology(input: TopologyInput): Topology {
  const nodes = new Map<string, TopologyNode>();
  const edges: TopologyEdge[] = [];
  const add = (node: TopologyNode, from?: string) => {
    if (!nodes.has(node.id)) nodes.set(node.id, node);
    if (from) edges.push({ id: `${from}->${node.id}`, source: from, target: node.id });
  };
  const { vpc } = input;
  const vswIds = new Set(input.vSwitches.map((s) => s.id));
  const parentOf = (vSwitchId: string | undefined) =>
    vSwitchId && vswIds.has(vSwitchId) ? vSwitchId : vpc.id;

  add({
    id: vpc.id,
    kind: 'vpc',
    label: vpc.name || vpc.id,
    detail: vpc.cidrBlock,
    status: vpc.status,
    opens: { page: 'nat-gateways', id: vpc.id },
  });
  for (const s of input.vSwitches) {
    add(
      { id: s.id, kind: 'vswitch', label: s.name || s.id, detail: `${s.cidrBlock} · ${s.zoneId}` },
      vpc.id,
    );
  }
  for (const { gateway: g, snat, dnat } of input.natGateways) {
    const opens = { page: 'nat-gateway', id: g.id } as const;
    add(
      { id: g.id, kind: 'nat', label: g.name || g.id, detail: g.id, status: g.status, opens },
      parentOf(g.vSwitchId),
    );
    for (const e of g.eips) {
      add(
        { id: e.allocationId, kind: 'eip', label: e.ipAddress, detail: e.allocationId, opens },
        g.id,
      );
    }
    for (const e of snat) {
      const source = e.sourceCidr ?? e.sourceVSwitchId ?? '';
      add(
        {
          id: e.id,
          kind: 'snat',
          label: `SNAT ${source}`,
          detail: `→ ${e.snatIp}`,
          status: e.status,
          opens,
        },
        g.id,
      );
    }
    for (const e of dnat) {
      add(
        {
          id: e.id,
          kind: 'dnat',
          label: `DNAT ${e.externalIp}:${e.externalPort}`,
          detail: `→ ${e.internalIp}:${e.internalPort} ${e.ipProtocol}`,
          status: e.status,
          opens,
        },
        g.id,
      );
    }
  }
  const customers = new Map(input.customerGateways.map((c) => [c.id, c]));
  for (const g of input.vpnGateways) {
    const opens = { page: 'vpn-gateway', id: g.id } as const;
    add(
      {
        id: g.id,
        kind: 'vpn',
        label: g.name || g.id,
        detail: g.internetIp || g.id,
        status: g.status,
        opens,
      },
      parentOf(g.vSwitchId),
    );
    for (const c of input.connections.filter((x) => x.vpnGatewayId === g.id)) {
      add(
        { id: c.id, kind: 'ipsec', label: c.name || c.id, detail: c.id, status: c.status, opens },
        g.id,
      );
      const cgw = customers.get(c.customerGatewayId);
      add(
        {
          id: c.customerGatewayId,
          kind: 'customer-gateway',
          label: cgw?.name || c.customerGatewayId,
          detail: cgw?.ipAddress ?? '',
          opens: { page: 'customer-gateways', id: c.customerGatewayId },
        },
        c.id,
      );
    }
  }
  const ipv6 = input.ipv6Gateways[0];
  for (const g of input.ipv6Gateways) {
    add(
      {
        id: g.id,
        kind: 'ipv6',
        label: g.name || g.id,
        detail: g.id,
        status: g.status,
        opens: { page: 'ipv6-gateway', id: g.id },
      },
      vpc.id,
    );
  }
  for (const a of input.addresses) {
    const bandwidth = a.internetBandwidth;
    add(
      {
        id: a.id,
        kind: 'ipv6-address',
        label: a.address,
        detail: bandwidth ? `${bandwidth.bandwidth} Mbit/s` : '',
        status: a.networkType,
        opens: ipv6 ? { page: 'ipv6-gateway', id: ipv6.id } : undefined,
      },
      // A VPC has one IPv6 gateway; addresses hang off it, else off their vSwitch.
      ipv6 ? ipv6.id : parentOf(a.vSwitchId),
    );
  }
  return { regionId: input.regionId, vpcId: vpc.id, nodes: [...nodes.values()], edges };
}
