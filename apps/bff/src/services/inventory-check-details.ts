import type {
  CheckedResource,
  InventoryDetails,
  Ipv6Gateway,
  NatGateway,
  VpnConnection,
  VpnGateway,
} from '@gc/contracts';
import type { RegionData } from './inventory-region-reader.ts';

// The values the issue-19 checks read, gathered from one region's reads. A list stays `null`
// when the call behind it failed, so the check that needs it stays silent.

const mbps = (v: string | number | undefined): number | null => {
  const n = Number(v);
  return v === undefined || v === '' || Number.isNaN(n) ? null : n;
};

/** NAT details: network type, SNAT/DNAT entries and the bound EIPs with bandwidth and protection. */
export function natCheckDetails(g: NatGateway, data: RegionData): InventoryDetails {
  const rules = data.natRules.get(g.id);
  const byIp = new Map((data.eips ?? []).map((e) => [e.ipAddress, e]));
  return {
    networkType: g.networkType,
    dnatEntries:
      rules?.dnat?.map((e) => ({
        id: e.id,
        externalIp: e.externalIp,
        externalPort: e.externalPort,
        internalIp: e.internalIp,
        ipProtocol: e.ipProtocol,
      })) ?? null,
    snatEntries:
      rules?.snat?.map((e) => ({
        id: e.id,
        snatIps: e.snatIp
          .split(',')
          .map((ip) => ip.trim())
          .filter(Boolean),
      })) ?? null,
    eips:
      data.eips === null
        ? null
        : g.eips.map((e) => {
            const full = byIp.get(e.ipAddress);
            return {
              allocationId: e.allocationId,
              ipAddress: e.ipAddress,
              bandwidth: mbps(full?.bandwidth),
              deletionProtection: full?.deletionProtection === true,
            };
          }),
  };
}

const crypto = (scope: string, c: Pick<VpnConnection, 'ikeConfig' | 'ipsecConfig'>) => ({
  scope,
  ...c.ikeConfig,
  ...c.ipsecConfig,
});

/** VPN details: zones, SSL servers, and each connection's tunnels, health check and crypto. */
export function vpnCheckDetails(g: VpnGateway, data: RegionData): InventoryDetails {
  const mine = data.connections?.filter((c) => c.vpnGatewayId === g.id) ?? null;
  return {
    disasterRecoveryVSwitchId: g.disasterRecoveryVSwitchId ?? '',
    sslEnabled: g.sslEnabled,
    sslServers:
      data.sslServers
        ?.filter((s) => s.vpnGatewayId === g.id)
        .map((s) => ({ id: s.id, compress: s.compress })) ?? null,
    connections:
      mine?.map((c) => ({
        id: c.id,
        tunnelMode: c.tunnelMode,
        healthCheck: c.tunnelMode === 'dual' ? null : (data.connectionHealth.get(c.id) ?? null),
        tunnels: c.tunnels.map((t) => ({ id: t.id, role: t.role, status: t.status })),
        crypto:
          c.tunnelMode === 'dual'
            ? c.tunnels.map((t) => crypto(t.id, t))
            : [crypto('connection', c)],
      })) ?? null,
  };
}

/** IPv6 details: each address of the VPC with its bandwidth and whether it is egress-only. */
export function ipv6CheckDetails(g: Ipv6Gateway, data: RegionData): InventoryDetails {
  const mine = data.addresses?.filter((a) => a.vpcId === g.vpcId) ?? null;
  const egress = new Set(
    data.egressRules?.filter((r) => r.ipv6GatewayId === g.id).map((r) => r.instanceId),
  );
  return {
    ipv6Addresses:
      mine === null || data.egressRules === null
        ? null
        : mine.map((a) => ({
            id: a.id,
            address: a.address,
            bandwidth: a.internetBandwidth ? mbps(a.internetBandwidth.bandwidth) : null,
            egressOnly: egress.has(a.id),
          })),
  };
}

/** The region's customer gateways and EIPs as checked resources (findings filled in later). */
export function checkedResources(data: RegionData): CheckedResource[] {
  const cgws = (data.customerGateways ?? []).map((c) => ({
    type: 'customer-gateway' as const,
    id: c.id,
    name: c.name,
    regionId: data.regionId,
    details: { ipAddress: c.ipAddress, connectionIds: c.connectionIds },
    findings: [],
  }));
  const eips = (data.eips ?? []).map((e) => ({
    type: 'eip' as const,
    id: e.allocationId,
    name: e.name || e.ipAddress,
    regionId: data.regionId,
    details: {
      ipAddress: e.ipAddress,
      instanceId: e.instanceId,
      deletionProtection: e.deletionProtection === true,
    },
    findings: [],
  }));
  return [...cgws, ...eips];
}
