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

/** A pinned seed time for tests that assert seeded dates (`seedTime` option). */
export const SEED_TIME = new Date('2026-03-02T09:30:00Z');

/**
 * The seed's reference time: the given one, else the start time to the minute. Seeded dates are
 * offsets from it ("created 120 days ago", "expires in 10 days"), so the demo never ages.
 */
export function seedTimeOf(pinned?: Date): Date {
  if (pinned) return pinned;
  const now = new Date();
  now.setUTCSeconds(0, 0);
  return now;
}

/** Fills an empty store by running every module's seed function in registry order. */
export function seedStore(
  store: Store,
  modules: readonly ResourceModule[],
  now: Date = SEED_TIME,
): void {
  const ctx: SeedContext = {
    store,
    newId: createIdFactory(createRng(SEED_RNG)),
    now,
    regionIds: SEED_REGIONS,
  };
  for (const m of modules) m.seed?.(ctx);
}
