import { describe, expect, it } from 'vitest';
import { runFuzz } from './fuzz/run-fuzz.ts';

// The CI fuzz (issue 8): 1,000 fast-check-generated malformed requests, half to the BFF, half
// to the emulator. Any failure message carries the request, to replay with `pnpm fuzz --seed`.
describe('fuzz (CI size)', () => {
  it('1,000 malformed requests: no crash, no 5xx, every 4xx with its error body', async () => {
    const r = await runFuzz({ requests: 1000, seed: 2026 });
    expect(r.sent.bff + r.sent.emulator).toBe(1000);
    expect(r.crashes).toEqual([]);
    expect(r.failures.slice(0, 10)).toEqual([]);
    // The fuzz reached past validation too: some requests were accepted.
    expect(Object.keys(r.statuses.bff)).toContain('200');
  }, 60_000);
});
