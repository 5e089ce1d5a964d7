// The gateway lists' region index through the real app and emulator (issue 17): a change made
// in the console shows in the list at once; one made outside shows within the stated bound.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ipv6GatewayPageSchema,
  natGatewayPageSchema,
  vpnGatewayPageSchema,
  type NatGatewayPage,
} from '@gc/contracts';
import { DEMO_ACCESS_KEY } from '@gc/emulator';
import { VpcClient } from '@gc/vpc-client';
import { startHarness, type Agent, type Harness } from './harness.ts';

const R = '/api/regions/cn-hangzhou';
// Short timing so the test runs fast: fresh 100 ms, never older than 1.5 s when served.
const TIMING = { freshMs: 100, maxStaleMs: 1_500, refreshMs: 400, watchMs: 10_000 };
let h: Harness;
let op: Agent;
let outside: VpcClient;

beforeAll(async () => {
  h = await startHarness({ regionIndex: TIMING });
  op = await h.operator();
  outside = new VpcClient({ endpoint: h.emulator.url, credentials: { ...DEMO_ACCESS_KEY } });
});
afterAll(async () => {
  await outside.close();
  await h.close();
});

const natPage = async (query = 'pageSize=100'): Promise<NatGatewayPage> =>
  natGatewayPageSchema.parse((await op.get(`${R}/nat-gateways?${query}`)).body);

describe('region index', () => {
  it('answers the NAT, VPN and IPv6 lists with when the list was read and the staleness bound', async () => {
    const before = Date.now();
    const nat = await natPage();
    const vpn = vpnGatewayPageSchema.parse((await op.get(`${R}/vpn-gateways`)).body);
    const ipv6 = ipv6GatewayPageSchema.parse((await op.get(`${R}/ipv6-gateways`)).body);
    for (const page of [nat, vpn, ipv6]) {
      expect(page.staleAfterMs).toBe(TIMING.maxStaleMs);
      expect(Date.parse(page.indexedAt ?? '')).toBeGreaterThanOrEqual(before - 1);
    }
  });

  it('shows a rename made in the console in the very next list', async () => {
    const [first] = (await natPage()).items;
    if (!first) throw new Error('the seed has no NAT gateway in cn-hangzhou');
    const res = await op.request('PATCH', `${R}/nat-gateways/${first.id}`, {
      body: { name: 'renamed-in-console' },
    });
    expect(res.status).toBe(200);
    const after = await natPage(`q=renamed-in-console`);
    expect(after.items.map((g) => g.id)).toEqual([first.id]);
  });

  it('shows a rename made outside the console within the bound the list states', async () => {
    const page = await natPage();
    const target = page.items[1] ?? page.items[0];
    if (!target) throw new Error('the seed has no NAT gateway in cn-hangzhou');
    await outside.modifyNatGatewayAttribute({
      RegionId: 'cn-hangzhou',
      NatGatewayId: target.id,
      Name: 'renamed-outside',
    });
    const changedAt = Date.now();
    let seenAfterMs = -1;
    while (Date.now() - changedAt < 3 * TIMING.maxStaleMs) {
      const found = await natPage('q=renamed-outside');
      if (found.total === 1) {
        seenAfterMs = Date.now() - changedAt;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(seenAfterMs).toBeGreaterThanOrEqual(0);
    // The bound plus one poll and one upstream read.
    expect(seenAfterMs).toBeLessThanOrEqual(TIMING.maxStaleMs + 500);
  });
});
