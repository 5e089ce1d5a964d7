// #4 Cross-region inventory (issue 7) with 200 ms injected upstream latency: wall time of
// GET /api/inventory against one upstream call under the same latency. When the BFF has no
// inventory route yet, the row says so: nothing is estimated in its place.
import { startBffStack } from './lib/bff-stack.ts';
import { round2 } from './lib/load.ts';

/** The inventory figures, or why they were not measured. */
export type InventoryResult =
  | { measured: true; inventoryMs: number; oneCallMs: number; ratio: number; status: number }
  | { measured: false; reason: string };

export const INVENTORY_PATH = '/api/inventory';

/** Times the inventory and one DescribeRegions call, both with `latencyMs` injected upstream. */
export async function runInventoryBench(
  opts: { latencyMs?: number } = {},
): Promise<InventoryResult> {
  const latencyMs = opts.latencyMs ?? 200;
  const stack = await startBffStack();
  try {
    const session = await stack.login('auditor');
    const probe = await session.request('GET', INVENTORY_PATH);
    if (probe.status === 404) {
      return { measured: false, reason: 'inventory endpoint not built yet' };
    }
    await stack.admin('PUT', '/faults', {
      seed: 1,
      rules: [{ probability: 1, kind: 'latency', latencyMs }],
    });
    const t0 = performance.now();
    await stack.client.describeRegions({});
    const oneCallMs = performance.now() - t0;
    // Past the BFF's 2 s read cache, so the inventory fans out for real.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const t1 = performance.now();
    const inventory = await session.request('GET', INVENTORY_PATH);
    const inventoryMs = performance.now() - t1;
    if (inventory.status !== 200) {
      return { measured: false, reason: `inventory answered ${inventory.status}` };
    }
    return {
      measured: true,
      inventoryMs: Math.round(inventoryMs),
      oneCallMs: Math.round(oneCallMs),
      ratio: round2(inventoryMs / oneCallMs),
      status: inventory.status,
    };
  } finally {
    await stack.close();
  }
}
