import type { AuditEntry } from '@gc/contracts';
import type { CallOptions, VpcClient } from '@gc/vpc-client';

/** The reads reconciliation may make: list calls filtered by ID (or VPC and name), nothing else. */
export type ReadBackClient = Pick<
  VpcClient,
  | 'describeNatGateways'
  | 'describeIpv6Gateways'
  | 'describeVpnGateways'
  | 'describeCustomerGateways'
  | 'describeVpnConnections'
>;

/** A resource as a read-back sees it; `created` as the API gives it (ISO text or epoch ms). */
export interface FoundResource {
  id: string;
  name?: string;
  status?: string;
  created?: string | number;
}

/** What a read-back proved: the change took effect (`found`/`gone`), or nothing. */
export type ReadBackVerdict =
  | { proven: true; fact: 'resource found' | 'resource gone'; resourceId?: string }
  | { proven: false; reason: string };

interface ListQuery {
  regionId: string;
  id?: string;
  vpcId?: string;
  name?: string;
}
type Lister = (c: ReadBackClient, q: ListQuery, o: CallOptions) => Promise<FoundResource[]>;

/** The fields every kind shares under the same names; only the ID's and creation time's differ. */
const asFound = (
  id: string,
  g: { Name?: string; Status?: string },
  created?: string | number,
): FoundResource => ({ id, name: g.Name, status: g.Status ?? '', created });

// One page of 50 is enough: every query filters by ID, or by VPC (and name where the API can).
const PAGE = { PageSize: 50 };

/** One lister per resource kind, in the API's own filter names (REFERENCE §3.2, §3.4, §3.5). */
const KINDS = {
  natGateway: async (c, q, o) =>
    (
      await c.describeNatGateways(
        { RegionId: q.regionId, NatGatewayId: q.id, VpcId: q.vpcId, Name: q.name, ...PAGE },
        o,
      )
    ).NatGateways.NatGateway.map((g) => asFound(g.NatGatewayId, g, g.CreationTime)),
  ipv6Gateway: async (c, q, o) =>
    (
      await c.describeIpv6Gateways(
        { RegionId: q.regionId, Ipv6GatewayId: q.id, VpcId: q.vpcId, Name: q.name, ...PAGE },
        o,
      )
    ).Ipv6Gateways.Ipv6Gateway.map((g) => asFound(g.Ipv6GatewayId, g, g.CreationTime)),
  // VPN objects carry CreateTime as epoch milliseconds (REFERENCE §3.4); no Name filter.
  vpnGateway: async (c, q, o) =>
    (
      await c.describeVpnGateways(
        { RegionId: q.regionId, VpnGatewayId: q.id, VpcId: q.vpcId, ...PAGE },
        o,
      )
    ).VpnGateways.VpnGateway.map((g) => asFound(g.VpnGatewayId, g, g.CreateTime)),
  customerGateway: async (c, q, o) =>
    (
      await c.describeCustomerGateways({ RegionId: q.regionId, CustomerGatewayId: q.id }, o)
    ).CustomerGateways.CustomerGateway.map((g) => asFound(g.CustomerGatewayId, g, g.CreateTime)),
  vpnConnection: async (c, q, o) =>
    (
      await c.describeVpnConnections({ RegionId: q.regionId, VpnConnectionId: q.id }, o)
    ).VpnConnections.VpnConnection.map((g) => asFound(g.VpnConnectionId, g, g.CreateTime)),
} satisfies Record<string, Lister>;

type Check = (c: ReadBackClient, intent: AuditEntry, o: CallOptions) => Promise<ReadBackVerdict>;

// The API's clock and ours may differ; a resource created this long before the intent is older.
const CLOCK_SKEW_MS = 60_000;
const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
// No creation time (NaN) proves nothing: an older resource of the same name must not match.
const epochMs = (v: string | number | undefined) =>
  typeof v === 'number' ? v : Date.parse(v ?? '');

/**
 * A create has no ID in its intent (the API assigns it), and no read accepts a ClientToken: the
 * resource is looked for by VPC and name, created no earlier than the intent. Exactly one match
 * proves it; none or several prove nothing.
 */
const created =
  (list: Lister): Check =>
  async (c, intent, o) => {
    const name = text(intent.params.name);
    const vpcId = text(intent.params.vpcId);
    if (!intent.regionId || !name || !vpcId) return { proven: false, reason: 'no name to match' };
    const since = Date.parse(intent.time) - CLOCK_SKEW_MS;
    const found = (await list(c, { regionId: intent.regionId, vpcId, name }, o)).filter(
      (r) => r.name === name && epochMs(r.created) >= since,
    );
    if (found.length === 1)
      return { proven: true, fact: 'resource found', resourceId: found[0]?.id };
    return {
      proven: false,
      reason: found.length ? 'several resources match' : 'no resource found',
    };
  };

/** A delete took effect when a read by ID finds nothing, or finds the resource `Deleting`. */
const deleted =
  (list: Lister): Check =>
  async (c, intent, o) => {
    if (!intent.regionId || !intent.resourceId) return { proven: false, reason: 'no resource ID' };
    const found = await list(c, { regionId: intent.regionId, id: intent.resourceId }, o);
    const alive = found.filter((r) => r.id === intent.resourceId && r.status !== 'Deleting');
    return alive.length === 0
      ? { proven: true, fact: 'resource gone' }
      : { proven: false, reason: 'resource still exists' };
  };

/**
 * How each audited action is verified. Actions not listed (modifies, tags, entries, EIPs, IPv6
 * bandwidth, reads) cannot be proven by a read: the old state is unknown, so they stay `unknown`.
 */
export const READ_BACK: Readonly<Record<string, Check>> = {
  CreateNatGateway: created(KINDS.natGateway),
  DeleteNatGateway: deleted(KINDS.natGateway),
  CreateIpv6Gateway: created(KINDS.ipv6Gateway),
  DeleteIpv6Gateway: deleted(KINDS.ipv6Gateway),
  CreateVpnGateway: created(KINDS.vpnGateway),
  DeleteVpnGateway: deleted(KINDS.vpnGateway),
  DeleteCustomerGateway: deleted(KINDS.customerGateway),
  DeleteVpnConnection: deleted(KINDS.vpnConnection),
};

/** Reads the intent's resource back; resolves `proven: false` for actions no read can prove. */
export async function readBack(
  client: ReadBackClient,
  intent: AuditEntry,
  options: CallOptions = {},
): Promise<ReadBackVerdict> {
  const check = READ_BACK[intent.action];
  if (!check) return { proven: false, reason: 'not verifiable by a read' };
  return check(client, intent, options);
}
