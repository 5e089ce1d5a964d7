import { describe, expect, it } from 'vitest';
import { useManualEmulator } from './manual-emulator.ts';
import { admin } from './signed-call.ts';
import { models, officialVpcClient, popCoreClient } from './sdk-clients.ts';

// The official SDKs create, list, publish, modify and delete destination and policy routes on
// the seeded single-tunnel hz-office-vpn; every write locks the gateway until an admin advance.
const emu = useManualEmulator();
const regionId = 'cn-hangzhou';

async function seeded(vpc: ReturnType<typeof officialVpcClient>) {
  const gws = await vpc.describeVpnGateways(
    new models.DescribeVpnGatewaysRequest({ regionId, pageSize: 50 }),
  );
  const gw =
    gws.body?.vpnGateways?.vpnGateway?.find((g) => g.name === 'hz-office-vpn')?.vpnGatewayId ?? '';
  const conns = await vpc.describeVpnConnections(
    new models.DescribeVpnConnectionsRequest({ regionId, vpnGatewayId: gw }),
  );
  const conn = conns.body?.vpnConnections?.vpnConnection?.find(
    (c) => c.name === 'to-shanghai-office',
  );
  return { gw, hop: conn?.vpnConnectionId ?? '' };
}

const advance = () => admin(emu, 'POST', 'advance');

describe.each([
  ['ACS3 (SDK default)', undefined],
  ['signature 1.0 (v2)', 'v2' as const],
])('@alicloud/vpc20160428 with %s', (_label, signatureAlgorithm) => {
  it('destination route: create → list → publish → weight → delete', async () => {
    const vpc = officialVpcClient(emu.url, signatureAlgorithm ? { signatureAlgorithm } : {});
    const { gw, hop } = await seeded(vpc);
    const key = { regionId, vpnGatewayId: gw, routeDest: '10.99.0.0/16', nextHop: hop };
    const created = await vpc.createVpnRouteEntry(
      new models.CreateVpnRouteEntryRequest({ ...key, weight: 100, publishVpc: false }),
    );
    expect(created.body).toMatchObject({ vpnInstanceId: gw, state: 'normal', weight: 100 });
    // The gateway is busy until the change is applied (REFERENCE-2 §7.1).
    await expect(
      vpc.deleteVpnRouteEntry(new models.DeleteVpnRouteEntryRequest({ ...key, weight: 100 })),
    ).rejects.toThrow(/VpnGateway.Configuring/);
    await advance();
    await vpc.publishVpnRouteEntry(
      new models.PublishVpnRouteEntryRequest({ ...key, routeType: 'dbr', publishVpc: true }),
    );
    await advance();
    await vpc.modifyVpnRouteEntryWeight(
      new models.ModifyVpnRouteEntryWeightRequest({ ...key, weight: 100, newWeight: 0 }),
    );
    await advance();
    const list = await vpc.describeVpnRouteEntries(
      new models.DescribeVpnRouteEntriesRequest({ regionId, vpnGatewayId: gw, pageSize: 50 }),
    );
    const mine = list.body?.vpnRouteEntries?.vpnRouteEntry?.find(
      (r) => r.routeDest === '10.99.0.0/16',
    );
    expect(mine).toMatchObject({ nextHop: hop, state: 'published', weight: 0 });
    // Single-tunnel gateways get no VpnRouteCounts (cs-sdk).
    expect(list.body?.vpnRouteCounts).toBeUndefined();
    // The key includes the current weight: the old one no longer matches.
    await expect(
      vpc.deleteVpnRouteEntry(new models.DeleteVpnRouteEntryRequest({ ...key, weight: 100 })),
    ).rejects.toThrow(/InvalidRouteEntry.NotFound/);
    await vpc.deleteVpnRouteEntry(new models.DeleteVpnRouteEntryRequest({ ...key, weight: 0 }));
    await advance();
    const after = await vpc.describeVpnRouteEntries(
      new models.DescribeVpnRouteEntriesRequest({ regionId, vpnGatewayId: gw, pageSize: 50 }),
    );
    const dests = after.body?.vpnRouteEntries?.vpnRouteEntry?.map((r) => r.routeDest);
    expect(dests).not.toContain('10.99.0.0/16');
  });

  it('policy route: create → priority → attribute → weight → delete', async () => {
    const vpc = officialVpcClient(emu.url, signatureAlgorithm ? { signatureAlgorithm } : {});
    const { gw, hop } = await seeded(vpc);
    const key = {
      regionId,
      vpnGatewayId: gw,
      routeSource: '10.10.8.0/24',
      routeDest: '192.168.99.0/24',
      nextHop: hop,
    };
    const created = await vpc.createVpnPbrRouteEntry(
      new models.CreateVpnPbrRouteEntryRequest({ ...key, weight: 100, publishVpc: true }),
    );
    expect(created.body).toMatchObject({ priority: 10, state: 'published', overlayMode: 'Ipsec' });
    await advance();
    await vpc.modifyVpnPbrRouteEntryPriority(
      new models.ModifyVpnPbrRouteEntryPriorityRequest({ ...key, weight: 100, newPriority: 3 }),
    );
    await advance();
    await vpc.modifyVpnPbrRouteEntryAttribute(
      new models.ModifyVpnPbrRouteEntryAttributeRequest({
        ...key,
        weight: 100,
        priority: 3,
        newPriority: 2,
      }),
    );
    await advance();
    await vpc.modifyVpnPbrRouteEntryWeight(
      new models.ModifyVpnPbrRouteEntryWeightRequest({ ...key, weight: 100, newWeight: 0 }),
    );
    await advance();
    const list = await vpc.describeVpnPbrRouteEntries(
      new models.DescribeVpnPbrRouteEntriesRequest({ regionId, vpnGatewayId: gw }),
    );
    const rows = list.body?.vpnPbrRouteEntries?.vpnPbrRouteEntry ?? [];
    // Listed in priority order: ours (2) before the seeded one (5).
    expect(rows[0]).toMatchObject({ routeSource: '10.10.8.0/24', priority: 2, weight: 0 });
    await expect(
      vpc.deleteVpnPbrRouteEntry(
        new models.DeleteVpnPbrRouteEntryRequest({ ...key, weight: 0, priority: 9 }),
      ),
    ).rejects.toThrow(/InvalidRouteEntry.NotFound/);
    await vpc.deleteVpnPbrRouteEntry(
      new models.DeleteVpnPbrRouteEntryRequest({ ...key, weight: 0, priority: 2 }),
    );
    await advance();
    const after = await vpc.describeVpnPbrRouteEntries(
      new models.DescribeVpnPbrRouteEntriesRequest({ regionId, vpnGatewayId: gw }),
    );
    expect(after.body?.totalCount).toBe(1);
  });
});

describe('@alicloud/pop-core (signature 1.0, JSON)', () => {
  it('creates, lists and deletes a destination and a policy route', async () => {
    const vpc = officialVpcClient(emu.url);
    const { gw, hop } = await seeded(vpc);
    const pop = popCoreClient(emu.url);
    const opts = { method: 'POST' as const };
    const key = { RegionId: regionId, VpnGatewayId: gw, RouteDest: '10.98.0.0/16', NextHop: hop };
    await pop.request('CreateVpnRouteEntry', { ...key, Weight: 100, PublishVpc: true }, opts);
    await advance();
    const pbr = { ...key, RouteSource: '10.10.9.0/24' };
    await pop.request('CreateVpnPbrRouteEntry', { ...pbr, Weight: 100, PublishVpc: false }, opts);
    await advance();
    const dbrs = await pop.request<{
      VpnRouteEntries: { VpnRouteEntry: { RouteDest: string; State: string }[] };
    }>('DescribeVpnRouteEntries', { RegionId: regionId, VpnGatewayId: gw, PageSize: 50 }, opts);
    expect(dbrs.VpnRouteEntries.VpnRouteEntry).toContainEqual(
      expect.objectContaining({ RouteDest: '10.98.0.0/16', State: 'published' }),
    );
    const pbrs = await pop.request<{ TotalCount: number }>(
      'DescribeVpnPbrRouteEntries',
      { RegionId: regionId, VpnGatewayId: gw },
      opts,
    );
    expect(pbrs.TotalCount).toBe(2);
    await pop.request('DeleteVpnPbrRouteEntry', { ...pbr, Weight: 100 }, opts);
    await advance();
    await pop.request('DeleteVpnRouteEntry', { ...key, Weight: 100 }, opts);
    await advance();
    const left = await pop.request<{ TotalCount: number }>(
      'DescribeVpnRouteEntries',
      { RegionId: regionId, VpnGatewayId: gw },
      opts,
    );
    expect(left.TotalCount).toBe(3);
  });
});
