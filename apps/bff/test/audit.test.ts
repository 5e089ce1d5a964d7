import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../src/audit/audit-recorder.ts';
import { startHarness, type Harness } from './harness.ts';

const events: AuditEvent[] = [];
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ audit: { record: async (e) => void events.push(e) } });
});
afterAll(() => h.close());

describe('audit seam', () => {
  it('records logins, failed logins, mutations with outcome and ClientToken, and logouts', async () => {
    await h.agent().login('operator', 'nope-nope');
    const op = await h.operator();
    const R = '/api/regions/cn-hangzhou';
    await op.request('PATCH', `${R}/nat-gateways/ngw-doesnotexist000000`, {
      body: { name: 'abc' },
    });
    await op.request('POST', `${R}/eips`, {
      body: { bandwidth: 2 },
      idempotencyKey: 'audit-eip-key-1',
    });
    await op.request('DELETE', '/api/session');
    await op.get(`${R}/nat-gateways`);
    const summary = events.map((e) => `${e.action}:${e.outcome}:${e.user}`);
    expect(summary).toEqual([
      'Login:failure:operator',
      'Login:success:operator',
      'ModifyNatGatewayAttribute:failure:operator',
      'AllocateEipAddress:success:operator',
      'Logout:success:operator',
    ]);
    const failed = events[2];
    expect(failed).toMatchObject({
      regionId: 'cn-hangzhou',
      resourceId: 'ngw-doesnotexist000000',
      role: 'operator',
    });
    expect(failed?.code).toMatch(/NotFound/);
    expect(failed?.requestId).toBeDefined();
    expect(events[3]?.clientToken).toMatch(/^[0-9a-f]{64}$/);
    expect(events[3]?.resourceId).toMatch(/^eip-/);
  });
});
