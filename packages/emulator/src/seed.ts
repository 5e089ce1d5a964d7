import { createIdFactory } from './ids.ts';
import type { ResourceModule, SeedContext } from './resource-module.ts';
import { createRng } from './rng.ts';
import type { Store } from './store.ts';

/** Regions the demo seed populates (issue 3). */
export const SEED_REGIONS = [
  'cn-hangzhou',
  'cn-shanghai',
  'cn-beijing',
  'ap-southeast-1',
  'eu-central-1',
  'us-west-1',
] as const;

/** Fixed seed so demo and test IDs are the same on every start. */
export const SEED_RNG = 20160428;

/** Fixed reference time of seeded records (creation times are in the past of the demo). */
export const SEED_TIME = new Date('2026-03-02T09:30:00Z');

/** Fills an empty store by running every module's seed function in registry order. */
export function seedStore(store: Store, modules: readonly ResourceModule[]): void {
  const ctx: SeedContext = {
    store,
    newId: createIdFactory(createRng(SEED_RNG)),
    now: SEED_TIME,
    regionIds: SEED_REGIONS,
  };
  for (const m of modules) m.seed?.(ctx);
}
