import { describe, expect, it } from 'vitest';
import { runSoak } from './soak/run-soak.ts';

// The CI soak: ~40 console actions through the BFF with 20% throttling, 5% 503 and 2% answers
// dropped after commit (issue 8). Two seeds, so a lost answer is exercised on most runs.
describe('soak (CI size)', () => {
  it.each([8, 2])(
    'seed %i: no duplicate, no unhandled 5xx, every failure coded, state as intended',
    async (seed) => {
      const r = await runSoak({ ops: 40, seed });
      expect(r.ops).toBe(40);
      expect(r.unhandled5xx).toEqual([]);
      expect(r.unreported).toEqual([]);
      expect(r.duplicates).toEqual([]);
      expect(r.mismatches).toEqual([]);
      for (const f of r.failed) {
        expect(f.code).toBeTruthy();
        expect(f.requestId).toBeTruthy();
      }
      // The faults really fired and were ridden out.
      expect(r.statuses['429'] ?? 0).toBeGreaterThan(0);
      expect(r.succeeded + r.failed.length).toBe(40);
    },
    60_000,
  );
});
