import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '@gc/contracts';
import { startHarness, type Harness } from './harness.ts';

// Regressions found by bench/fuzz.ts.
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('malformed requests get a 4xx with the error body', () => {
  it('a path parameter with broken percent-encoding is a 400, not a 500', async () => {
    const op = await h.operator();
    const res = await op.get('/api/regions/cn-hangzhou/nat-gateways/%E0%A4%A');
    expect(res.status).toBe(400);
    expect(errorBodySchema.parse(res.body).error.code).toBe('InvalidInput');
  });

  it('a non-API route nobody serves answers JSON, not an HTML page', async () => {
    const op = await h.operator();
    const res = await op.request('PATCH', '/not-a-page', { body: {} });
    expect(res.status).toBe(404);
    expect(errorBodySchema.parse(res.body).error.code).toBe('NotFound');
  });
});
