import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAuditHarness, type AuditHarness } from './audit-harness.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let h: AuditHarness;
beforeAll(async () => {
  h = await startAuditHarness();
});
afterAll(() => h.close());

/** The log lines of one BFF request ID. */
function linesOf(id: string): Record<string, unknown>[] {
  return h.logs
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => (l.req as { id?: string } | undefined)?.id === id);
}

/** A failed login sent with `requestId`; returns the response's ID and the audit entry. */
let logins = 0;
async function failedLogin(requestId: string) {
  const user = `rid-${(logins += 1)}`;
  const res = await h.agent().request('POST', '/api/session', {
    body: { username: user, password: 'bad' },
    headers: { 'x-request-id': requestId },
  });
  expect(res.status).toBe(401);
  const own = res.headers.get('x-request-id') ?? '';
  const { items } = await h.store.query({ action: 'Login', user });
  return { own, entry: items[0] };
}

describe('X-Request-Id', () => {
  it('keeps a valid client ID apart from the BFF’s own: logs only, never the audit entry', async () => {
    const client = 'Trace.42:abc-DEF_9';
    const { own, entry } = await failedLogin(client);
    expect(own).toMatch(UUID);
    expect(entry?.requestId).toBe(own);
    expect(JSON.stringify(entry)).not.toContain(client);
    const lines = linesOf(own);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.clientRequestId).toBe(client);
  });

  it.each([
    ['too long', 'a'.repeat(129)],
    ['spaces', 'bad id with spaces'],
    ['other characters', 'id/<script>'],
  ])('ignores an invalid one (%s): no error, not logged', async (_name, client) => {
    const { own, entry } = await failedLogin(client);
    expect(own).toMatch(UUID);
    expect(entry?.requestId).toBe(own);
    const lines = linesOf(own);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toHaveProperty('clientRequestId');
    expect(h.logs.join('\n')).not.toContain(client);
  });

  it('accepts 128 characters', async () => {
    const client = 'b'.repeat(128);
    const { own } = await failedLogin(client);
    expect(linesOf(own)[0]?.clientRequestId).toBe(client);
  });
});
