import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '@gc/contracts';
import { startHarness, type Harness } from './harness.ts';

const R = '/api/regions/cn-hangzhou';
const G = `${R}/nat-gateways/ngw-abc123`;
/** Every mutation route of the API, with a body that would pass validation. */
const MUTATIONS: [string, string, unknown?][] = [
  ['POST', `${R}/nat-gateways`, { vpcId: 'vpc-abc', vSwitchId: 'vsw-abc', name: 'gw-one' }],
  ['PATCH', G, { name: 'renamed' }],
  ['DELETE', G],
  ['DELETE', `${G}?force=true`],
  ['PUT', `${G}/tags`, { tags: [{ key: 'env', value: 'prod' }] }],
  ['POST', `${G}/snat-entries`, { snatIps: ['47.1.1.1'], sourceCidr: '10.0.0.0/24' }],
  ['DELETE', `${G}/snat-entries/snat-abc`],
  [
    'POST',
    `${G}/dnat-entries`,
    {
      externalIp: '47.1.1.1',
      externalPort: '80',
      internalIp: '10.0.0.5',
      internalPort: '8080',
      ipProtocol: 'TCP',
    },
  ],
  ['DELETE', `${G}/dnat-entries/fwd-abc`],
  ['POST', `${G}/eips`, { allocationId: 'eip-abc' }],
  ['DELETE', `${G}/eips/eip-abc`],
  ['POST', `${R}/eips`, { bandwidth: 5 }],
];
const READS = [`${R}/nat-gateways`, '/api/regions', `${R}/vpcs`, `${R}/eips`];

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('roles and CSRF', () => {
  it.each(MUTATIONS)('auditor gets 403 Forbidden on %s %s', async (method, path, body) => {
    const a = await h.auditor();
    const res = await a.request(method, path, { body, idempotencyKey: 'auditor-key-1' });
    expect(res.status).toBe(403);
    expect(errorBodySchema.parse(res.body).error.code).toBe('Forbidden');
  });

  it.each(MUTATIONS)(
    'operator without X-CSRF-Token gets 403 on %s %s',
    async (method, path, body) => {
      const a = await h.operator();
      const res = await a.request(method, path, {
        body,
        csrf: false,
        idempotencyKey: 'op-key-123',
      });
      expect(res.status).toBe(403);
      expect(errorBodySchema.parse(res.body).error.code).toBe('InvalidCsrfToken');
    },
  );

  it('a CSRF token of another session is refused', async () => {
    const a = await h.operator();
    const b = await h.operator();
    const res = await a.request('PATCH', G, {
      body: { name: 'x1' },
      headers: { 'x-csrf-token': b.csrfToken },
      csrf: false,
    });
    expect(res.status).toBe(403);
  });

  it.each(READS)('auditor can read %s; nobody reads without a session', async (path) => {
    const a = await h.auditor();
    expect((await a.get(path)).status).toBe(200);
    expect((await h.agent().get(path)).status).toBe(401);
  });

  it('mutations without a session answer 401', async () => {
    const res = await h.agent().request('DELETE', G);
    expect(res.status).toBe(401);
  });
});
