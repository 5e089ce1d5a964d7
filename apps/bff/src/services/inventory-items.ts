import type { InventoryItem, TunnelStatus } from '@gc/contracts';
import { runChecks } from './checks/run-checks.ts';
import type { RegionData } from './inventory-region-reader.ts';

const ESTABLISHED: TunnelStatus = 'ipsec_sa_established';

function withFindings(item: Omit<InventoryItem, 'findings'>, now: Date): InventoryItem {
  const full = { ...item, findings: [] };
  return { ...full, findings: runChecks(full, now) };
}

/** One region's gateways as inventory items (NAT, VPN, IPv6), each with its check findings. */
export function toInventoryItems(data: RegionData, now: Date): InventoryItem[] {
  const nat = (data.nat ?? []).map((g) => {
    const counts = data.natCounts.get(g.id);
    return withFindings(
      {
        type: 'nat',
        id: g.id,
        name: g.name,
        regionId: data.regionId,
        vpcId: g.vpcId,
        status: g.status,
        creationTime: g.creationTime,
        createdAt: g.creationTime,
        expiresAt: g.expiredTime,
        chargeType: g.instanceChargeType,
        tags: g.tags,
        details: {
          snatCount: counts?.snat ?? null,
          dnatCount: counts?.dnat ?? null,
          eipCount: g.eips.length,
          deletionProtection: g.deletionProtection,
        },
      },
      now,
    );
  });
  const vpn = (data.vpn ?? []).map((g) => {
    const mine = data.connections?.filter((c) => c.vpnGatewayId === g.id) ?? null;
    return withFindings(
      {
        type: 'vpn',
        id: g.id,
        name: g.name,
        regionId: data.regionId,
        vpcId: g.vpcId,
        status: g.status,
        creationTime: g.createTime,
        createdAt: g.createTime,
        expiresAt: g.endTime,
        chargeType: g.chargeType,
        tags: g.tags,
        details: {
          ipsecEnabled: g.ipsecEnabled,
          connectionIds: mine?.map((c) => c.id) ?? null,
          connectionsNotEstablished:
            mine?.filter((c) => c.status !== ESTABLISHED).map((c) => c.id) ?? null,
        },
      },
      now,
    );
  });
  const ipv6 = (data.ipv6 ?? []).map((g) => {
    // A VPC has at most one IPv6 gateway, so its addresses are the VPC's (REFERENCE §4.5).
    const mine = data.addresses?.filter((a) => a.vpcId === g.vpcId) ?? null;
    return withFindings(
      {
        type: 'ipv6',
        id: g.id,
        name: g.name,
        regionId: data.regionId,
        vpcId: g.vpcId,
        status: g.status,
        creationTime: g.creationTime,
        createdAt: g.creationTime,
        expiresAt: g.expiredTime,
        chargeType: g.instanceChargeType,
        tags: g.tags,
        details: {
          addressCount: mine?.length ?? null,
          addressesWithoutBandwidth:
            mine?.filter((a) => !a.internetBandwidth).map((a) => a.id) ?? null,
        },
      },
      now,
    );
  });
  return [...nat, ...vpn, ...ipv6];
}
