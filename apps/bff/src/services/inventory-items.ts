import type { CheckedResource, InventoryItem, TunnelStatus } from '@gc/contracts';
import { DEFAULT_CHECK_RULES, type CheckRules } from './checks/check-settings.ts';
import { checksFor, runChecks, runResourceChecks } from './checks/run-checks.ts';
import {
  checkedResources,
  ipv6CheckDetails,
  natCheckDetails,
  vpnCheckDetails,
} from './inventory-check-details.ts';
import type { RegionData } from './inventory-region-reader.ts';

const ESTABLISHED: TunnelStatus = 'ipsec_sa_established';

/** One region's customer gateways and EIPs with their findings; those without any are left out. */
export function toCheckedResources(
  data: RegionData,
  rules: CheckRules = DEFAULT_CHECK_RULES,
): CheckedResource[] {
  const checks = checksFor(rules);
  return checkedResources(data)
    .map((r) => ({ ...r, findings: runResourceChecks(r, checks) }))
    .filter((r) => r.findings.length > 0);
}

type Common = Pick<
  InventoryItem,
  | 'id'
  | 'name'
  | 'regionId'
  | 'vpcId'
  | 'status'
  | 'creationTime'
  | 'createdAt'
  | 'expiresAt'
  | 'chargeType'
  | 'tags'
>;

/** The fields every gateway kind fills alike; only where its dates and charge type live differ. */
function common(
  regionId: string,
  g: Pick<Common, 'id' | 'name' | 'vpcId' | 'status' | 'tags'>,
  created: Common['creationTime'],
  expires: Common['expiresAt'],
  chargeType: Common['chargeType'],
): Common {
  const { id, name, vpcId, status, tags } = g;
  return {
    id,
    name,
    regionId,
    vpcId,
    status,
    creationTime: created,
    createdAt: created,
    expiresAt: expires,
    chargeType,
    tags,
  };
}

/** One region's gateways as inventory items (NAT, VPN, IPv6), each with its check findings. */
export function toInventoryItems(
  data: RegionData,
  now: Date,
  rules: CheckRules = DEFAULT_CHECK_RULES,
): InventoryItem[] {
  const checks = checksFor(rules);
  const withFindings = (item: Omit<InventoryItem, 'findings'>): InventoryItem => {
    const full = { ...item, findings: [] };
    return { ...full, findings: runChecks(full, now, checks, rules.settings) };
  };
  const nat = (data.nat ?? []).map((g) => {
    const counts = data.natRules.get(g.id);
    return withFindings({
      type: 'nat',
      ...common(data.regionId, g, g.creationTime, g.expiredTime, g.instanceChargeType),
      details: {
        snatCount: counts?.snat?.length ?? null,
        dnatCount: counts?.dnat?.length ?? null,
        eipCount: g.eips.length,
        deletionProtection: g.deletionProtection,
        ...natCheckDetails(g, data),
      },
    });
  });
  const vpn = (data.vpn ?? []).map((g) => {
    const mine = data.connections?.filter((c) => c.vpnGatewayId === g.id) ?? null;
    return withFindings({
      type: 'vpn',
      ...common(data.regionId, g, g.createTime, g.endTime, g.chargeType),
      details: {
        ipsecEnabled: g.ipsecEnabled,
        connectionIds: mine?.map((c) => c.id) ?? null,
        connectionsNotEstablished:
          mine?.filter((c) => c.status !== ESTABLISHED).map((c) => c.id) ?? null,
        ...vpnCheckDetails(g, data),
      },
    });
  });
  const ipv6 = (data.ipv6 ?? []).map((g) => {
    // A VPC has at most one IPv6 gateway, so its addresses are the VPC's (REFERENCE §4.5).
    const mine = data.addresses?.filter((a) => a.vpcId === g.vpcId) ?? null;
    return withFindings({
      type: 'ipv6',
      ...common(data.regionId, g, g.creationTime, g.expiredTime, g.instanceChargeType),
      details: {
        addressCount: mine?.length ?? null,
        addressesWithoutBandwidth:
          mine?.filter((a) => !a.internetBandwidth).map((a) => a.id) ?? null,
        ...ipv6CheckDetails(g, data),
      },
    });
  });
  return [...nat, ...vpn, ...ipv6];
}
