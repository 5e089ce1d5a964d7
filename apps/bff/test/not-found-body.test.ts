import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '@gc/contracts';
import { startHarness, type Harness } from './harness.ts';

// Regression (found by bench/soak.ts): the error handler treated every error with `status: 404`
// as a body-parser error and answered a generic `NotFound` without the RequestId.
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('404 answers keep their code and upstream RequestId', () => {
  it('an unknown NAT gateway', async () => {
    const op = await h.operator();
    const res = await op.get('/api/regions/cn-hangzhou/nat-gateways/ngw-bp1doesnotexist000000');
    expect(res.status).toBe(404);
    const { error } = errorBodySchema.parse(res.body);
    expect(error.code).toBe('InvalidNatGatewayId.NotFound');
    expect(error.message).toContain('ngw-bp1doesnotexist000000');
    expect(error.requestId).toMatch(/^[0-9A-F-]{36}$/);
  });

  it('an unknown route still answers the generic NotFound', async () => {
    const op = await h.operator();
    const res = await op.get('/api/nope');
    expect(res.status).toBe(404);
    expect(errorBodySchema.parse(res.body).error.code).toBe('NotFound');
  });
});
