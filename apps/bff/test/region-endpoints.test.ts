import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventorySchema } from '@gc/contracts';
import { DEMO_ACCESS_KEY, startEmulator, type RunningEmulator } from '@gc/emulator';
import { VpcClient } from '@gc/vpc-client';
import { startHarness, type Harness } from './harness.ts';

// Issue 20: `VPC_ENDPOINT_<REGION>` sends one region's calls to its own endpoint. Two emulators
// stand in for two regional endpoints; each gets a NAT gateway the other does not have.
const REGION = 'ap-southeast-1';
let h: Harness;
let regional: RunningEmulator;

async function addNat(url: string, name: string) {
  const c = new VpcClient({ endpoint: url, credentials: { ...DEMO_ACCESS_KEY } });
  try {
    const vpc = (await c.describeVpcs({ RegionId: REGION })).Vpcs.Vpc[0]?.VpcId ?? '';
    const vsw = (await c.describeVSwitches({ RegionId: REGION, VpcId: vpc })).VSwitches.VSwitch[0];
    await c.createNatGateway({
      RegionId: REGION,
      VpcId: vpc,
      VSwitchId: vsw?.VSwitchId ?? '',
      Name: name,
    });
  } finally {
    await c.close();
  }
}

beforeAll(async () => {
  regional = await startEmulator({ port: 0, timing: { mode: 'immediate' }, logger: false });
  h = await startHarness({ cacheTtlMs: 0 }, { regionEndpoints: { [REGION]: regional.url } });
  await addNat(regional.url, 'only-on-the-regional-endpoint');
  await addNat(h.emulator.url, 'only-on-the-main-endpoint');
});
afterAll(async () => {
  await h.close();
  await regional.close();
});

describe('per-region endpoints', () => {
  it('reads the overridden region from its own endpoint, every other region from the main one', async () => {
    const auditor = await h.auditor();
    const res = await auditor.get(`/api/regions/${REGION}/nat-gateways`);
    expect(res.status, res.text).toBe(200);
    const names = (res.body as { items: { name: string }[] }).items.map((g) => g.name);
    expect(names).toContain('only-on-the-regional-endpoint');
    expect(names).not.toContain('only-on-the-main-endpoint');

    const inv = inventorySchema.parse((await auditor.get('/api/inventory')).body);
    const natIn = (region: string) =>
      inv.items.filter((i) => i.type === 'nat' && i.regionId === region).map((i) => i.name);
    expect(natIn(REGION)).toContain('only-on-the-regional-endpoint');
    expect(natIn(REGION)).not.toContain('only-on-the-main-endpoint');
    expect(natIn('cn-hangzhou')).toContain('prod-egress-nat');
    expect(inv.regions.every((r) => r.ok)).toBe(true);
  });
});
