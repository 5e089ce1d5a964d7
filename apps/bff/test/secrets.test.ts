import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY } from '@gc/emulator';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('secrets never leave the BFF', () => {
  it('keeps the AccessKey, signatures, cookies, passwords and CSRF tokens out of responses and logs', async () => {
    const op = await h.operator();
    const R = '/api/regions/cn-hangzhou';
    // A mix of successes, validation errors, upstream errors and throttling.
    await op.get(`${R}/nat-gateways`);
    await op.get(`${R}/nat-gateways/ngw-doesnotexist000000`);
    await op.request('PATCH', `${R}/nat-gateways/ngw-doesnotexist000000`, {
      body: { name: 'abc' },
    });
    await op.request('POST', `${R}/nat-gateways`, {
      body: { vpcId: 'vpc-zzz', vSwitchId: 'vsw-zzz', name: 'leak-test' },
      idempotencyKey: 'leak-test-key-1',
    });
    await h.admin('PUT', '/faults', { rules: [{ probability: 1, kind: 'internal' }] });
    await op.get(`${R}/vpcs`);
    await h.admin('DELETE', '/faults');
    await h.agent().login('operator', 'the-wrong-password');
    const csrf = op.csrfToken;
    const cookie = op.cookie.split('=')[1] ?? '';
    const everything = [...h.responses, ...h.logs].join('\n');
    expect(h.logs.length).toBeGreaterThan(10);
    for (const secret of [
      DEMO_ACCESS_KEY.accessKeySecret,
      DEMO_ACCESS_KEY.accessKeyId,
      'the-wrong-password',
    ]) {
      expect(everything).not.toContain(secret);
    }
    expect(h.logs.join('\n')).not.toContain(csrf);
    expect(h.logs.join('\n')).not.toContain(cookie);
    expect(everything).not.toMatch(/Signature=|"Signature":"[^[]/);
    expect(h.responses.join('\n')).not.toMatch(/<\?xml|\bat .*\.ts:\d+/);
  });
});
