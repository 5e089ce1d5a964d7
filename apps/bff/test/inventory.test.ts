import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { errorBodySchema, inventorySchema, type Inventory } from '@gc/contracts';
import { parseCsv } from '../src/audit/csv-cells.fixture.ts';
import { startHarness, type Agent, type Harness } from './harness.ts';

let h: Harness;
let auditor: Agent;

const inventory = async (query = ''): Promise<Inventory> => {
  const res = await auditor.get(`/api/inventory${query}`);
  expect(res.status, res.text).toBe(200);
  return inventorySchema.parse(res.body);
};

beforeAll(async () => {
  // cacheTtlMs 0: every request reads upstream, so the call counts below are exact.
  h = await startHarness({ cacheTtlMs: 0 });
  auditor = await h.auditor();
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.admin('DELETE', '/faults');
  await h.admin('DELETE', '/stats');
});

describe('GET /api/inventory', () => {
  it('lists NAT, VPN and IPv6 gateways of every region with counts and findings', async () => {
    const inv = await inventory();
    const regions = inv.regions.map((r) => r.id);
    expect(regions.length).toBeGreaterThan(20);
    expect(inv.regions.every((r) => r.ok)).toBe(true);
    expect(new Set(inv.items.map((i) => i.type))).toEqual(new Set(['nat', 'vpn', 'ipv6']));
    expect(new Set(inv.items.map((i) => i.regionId)).size).toBeGreaterThanOrEqual(6);
    expect(inv.total).toBe(inv.items.length);
    const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
    expect(sum(inv.counts.byRegion)).toBe(inv.total);
    expect(sum(inv.counts.byType)).toBe(inv.total);
    expect(sum(inv.counts.byStatus)).toBe(inv.total);
    expect(inv.account).toBe('demo');
    const nat = inv.items.find((i) => i.name === 'prod-egress-nat');
    expect(nat?.details.snatCount).toBeGreaterThan(0);
    expect(nat?.details.eipCount).toBeGreaterThan(0);
    // Every seeded NAT gateway but the protected 支付系统出网网关 lacks deletion protection
    // (issue 13 made the flag real): the check fires on each of those and not on it.
    expect(nat?.findings.map((f) => f.checkId)).toContain('nat-no-deletion-protection');
    const summary = inv.summary.find((s) => s.checkId === 'nat-no-deletion-protection');
    expect(summary?.count).toBe(inv.items.filter((i) => i.type === 'nat').length - 1);
    const protectedNat = inv.items.find((i) => i.name === '支付系统出网网关');
    expect(protectedNat?.findings.map((f) => f.checkId)).not.toContain(
      'nat-no-deletion-protection',
    );
  });

  it('reads with list calls, and only asks empty regions whether they have VPCs', async () => {
    const inv = await inventory();
    await h.admin('DELETE', '/stats');
    await inventory();
    const stats = await h.admin<{ requests: { byAction: Record<string, number> } }>(
      'GET',
      '/stats',
    );
    const by = stats.requests.byAction;
    const regionsWith = (type?: string) =>
      new Set(inv.items.filter((i) => !type || i.type === type).map((i) => i.regionId)).size;
    const occupied = regionsWith();
    const nats = inv.items.filter((i) => i.type === 'nat').length;
    expect(by.DescribeRegions).toBe(1);
    // Regions that held gateways are listed at once; the others get one DescribeVpcs count.
    expect(by.DescribeVpcs).toBe(inv.regions.length - occupied);
    expect(by.DescribeNatGateways).toBe(occupied);
    expect(by.DescribeVpnGateways).toBe(occupied);
    expect(by.DescribeIpv6Gateways).toBe(occupied);
    expect(by.DescribeSnatTableEntries).toBe(nats);
    expect(by.DescribeForwardTableEntries).toBe(nats);
    // Only regions that hold VPN / IPv6 gateways list their connections / addresses.
    expect(by.DescribeVpnConnections).toBe(regionsWith('vpn'));
    expect(by.DescribeIpv6Addresses).toBe(regionsWith('ipv6'));
    expect(by.DescribeVpnGateway ?? 0).toBe(0);
  });

  it('lists a region again once it has VPCs, after a read found it empty', async () => {
    const full = await h.admin<{ regions: Record<string, unknown> }>('GET', '/state');
    const inUsWest = (i: Inventory) => i.items.filter((x) => x.regionId === 'us-west-1').length;
    expect(inUsWest(await inventory())).toBeGreaterThan(0);
    const { ['us-west-1']: _gone, ...others } = full.regions;
    await h.admin('PUT', '/state', { ...full, regions: others });
    try {
      expect(inUsWest(await inventory())).toBe(0);
    } finally {
      await h.admin('PUT', '/state', full);
    }
    expect(inUsWest(await inventory())).toBeGreaterThan(0);
  });

  it('filters by type, region, status, q and tag on the server', async () => {
    const nat = await inventory('?type=nat&region=cn-hangzhou');
    expect(nat.items.length).toBeGreaterThan(0);
    expect(nat.items.every((i) => i.type === 'nat' && i.regionId === 'cn-hangzhou')).toBe(true);
    expect(nat.regions.map((r) => r.id)).toEqual(['cn-hangzhou']);
    const active = await inventory('?status=ACTIVE');
    expect(active.items.length).toBeGreaterThan(0);
    expect(active.items.every((i) => i.status === 'active')).toBe(true);
    const q = await inventory('?q=PROD-EGRESS');
    expect(q.items.map((i) => i.name)).toEqual(['prod-egress-nat']);
    const tagged = (await inventory()).items.find((i) => i.tags.length > 0);
    const tag = tagged?.tags[0];
    if (!tag) throw new Error('the seed has a tagged gateway');
    const byTag = await inventory(`?tag=${encodeURIComponent(`${tag.key}=${tag.value}`)}`);
    expect(byTag.items.map((i) => i.id)).toContain(tagged.id);
    expect(
      byTag.items.every((i) => i.tags.some((t) => t.key === tag.key && t.value === tag.value)),
    ).toBe(true);
  });

  it('names the bad filter field', async () => {
    const res = await auditor.get('/api/inventory?type=router&region=Nowhere');
    expect(res.status).toBe(400);
    const paths = errorBodySchema.parse(res.body).error.fields?.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['type', 'region']));
    const unknown = await auditor.get('/api/inventory?region=xx-nowhere-1');
    expect(unknown.status).toBe(400);
    expect(errorBodySchema.parse(unknown.body).error.fields?.[0]?.path).toBe('region');
  });

  it('marks a failed region with the upstream code and RequestId and keeps the others', async () => {
    const healthy = await inventory();
    await h.admin('PUT', '/faults', {
      rules: [
        {
          regionId: 'cn-shanghai',
          action: 'DescribeVpnGateways',
          probability: 1,
          kind: 'unavailable',
        },
      ],
    });
    const inv = await inventory();
    const shanghai = inv.regions.find((r) => r.id === 'cn-shanghai');
    expect(shanghai).toMatchObject({ ok: false, error: { code: 'ServiceUnavailable' } });
    expect(shanghai?.error?.requestId).toMatch(/\S/);
    expect(inv.regions.filter((r) => !r.ok)).toHaveLength(1);
    // Partial results kept: Shanghai's NAT and IPv6 gateways are still listed, its VPN ones are not.
    const sh = (i: Inventory) => i.items.filter((x) => x.regionId === 'cn-shanghai');
    expect(sh(inv).some((i) => i.type === 'nat')).toBe(true);
    expect(sh(inv).some((i) => i.type === 'vpn')).toBe(false);
    expect(inv.total).toBe(healthy.total - sh(healthy).filter((i) => i.type === 'vpn').length);
  });

  it('fails as a whole (502 with the code) only when the region list itself fails', async () => {
    await h.admin('PUT', '/faults', {
      rules: [{ action: 'DescribeRegions', probability: 1, kind: 'unavailable' }],
    });
    const res = await auditor.get('/api/inventory');
    expect(res.status).toBe(502);
    expect(errorBodySchema.parse(res.body).error.code).toBe('ServiceUnavailable');
  });

  it('coalesces concurrent inventories into one read', async () => {
    await Promise.all([inventory(), inventory(), inventory()]);
    const stats = await h.admin<{ requests: { byAction: Record<string, number> } }>(
      'GET',
      '/stats',
    );
    expect(stats.requests.byAction.DescribeNatGateways).toBe(
      stats.requests.byAction.DescribeVpnGateways,
    );
    expect(stats.requests.byAction.DescribeRegions).toBe(1);
  });

  it('exports CSV and JSON as attachments stamped with the account, time and regions', async () => {
    const csv = await auditor.get('/api/inventory/export?format=csv&type=vpn');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(
      /attachment; filename="?inventory-.*\.csv/,
    );
    // Every field of every line is quoted (issue 15): read it back as CSV.
    const lines = parseCsv(csv.text);
    expect(lines[1]).toEqual(['# account: demo']);
    expect(lines[3]).toEqual([expect.stringMatching(/^# regions: .*cn-hangzhou/)]);
    expect(lines[4]).toEqual(['# filters: type=vpn']);
    const header = lines.findIndex((l) => l[0] === 'type' && l[1] === 'id');
    const rows = lines.slice(header + 1);
    expect(rows.length).toBe((await inventory('?type=vpn')).total);
    expect(rows.every((r) => r[0] === 'vpn')).toBe(true);
    const json = await auditor.get<{ account: string; items: unknown[] }>(
      '/api/inventory/export?format=json&region=cn-hangzhou',
    );
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toMatch(/\.json"?$/);
    expect(json.body.account).toBe('demo');
    expect(json.body.items.length).toBe((await inventory('?region=cn-hangzhou')).total);
    const bad = await auditor.get('/api/inventory/export?format=xlsx');
    expect(errorBodySchema.parse(bad.body).error.fields?.[0]?.path).toBe('format');
  });

  it('needs a session', async () => {
    expect((await h.agent().get('/api/inventory')).status).toBe(401);
  });
});
