import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditEntrySchema, natGatewayPageSchema } from '@gc/contracts';
import { describePostgres } from '../src/audit/pg-test-url.fixture.ts';
import { Agent } from './harness.ts';
import { startInstance } from './bff-process.fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'gc-audit-kill-'));
const dbPath = join(dir, 'audit.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the real BFF (demo mode, free ports, the given trail); resolves with its URL. */
const startBff = (auditEnv: Record<string, string>) =>
  startInstance({
    PORT: '0',
    VPC_EMULATOR_TIMING: 'immediate',
    BFF_WEB_DIST: '/nonexistent',
    ...auditEnv,
  });

/** The burst, the kill and the check, on whichever store `auditEnv` selects. */
async function burstKillRestart(auditEnv: Record<string, string>): Promise<void> {
  // Unique per run: a shared PostgreSQL trail keeps earlier runs' entries.
  const run = randomBytes(4).toString('hex');
  const first = await startBff(auditEnv);
  const op = new Agent(first.url);
  expect((await op.login('operator')).status).toBe(200);
  const R = '/api/regions/cn-hangzhou';
  const ids = natGatewayPageSchema
    .parse((await op.get(`${R}/nat-gateways?pageSize=100`)).body)
    .items.map((g) => g.id);
  expect(ids.length).toBeGreaterThan(1);

  // 30 renames and tag changes, 4 in flight at a time; SIGKILL once 12 are acknowledged.
  const acknowledged: string[] = [];
  let next = 0;
  let killed = false;
  const mutate = (i: number) => {
    const marker = `burst-${run}-${i}`;
    const id = ids[i % ids.length] ?? '';
    const req =
      i % 2 === 0
        ? op.request('PATCH', `${R}/nat-gateways/${id}`, { body: { name: marker } })
        : op.request('PUT', `${R}/nat-gateways/${id}/tags`, {
            body: { tags: [{ key: 'burst', value: marker }] },
          });
    return req.then(
      (res) => (res.status >= 200 && res.status < 300 ? marker : undefined),
      () => undefined, // cut by the kill: not acknowledged
    );
  };
  const worker = async () => {
    while (!killed && next < 30) {
      const marker = await mutate(next++);
      if (marker === undefined || killed) continue;
      acknowledged.push(marker);
      if (acknowledged.length >= 12 && !killed) {
        killed = true;
        first.child.kill('SIGKILL');
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  expect(await first.exited).toBe('SIGKILL');
  expect(acknowledged.length).toBeGreaterThanOrEqual(12);
  expect(next).toBeLessThan(30); // the kill landed mid-burst

  const second = await startBff(auditEnv);
  try {
    const auditor = new Agent(second.url);
    expect((await auditor.login('auditor')).status).toBe(200);
    const res = await auditor.get(`/api/audit/export?format=json&outcome=success&q=burst-${run}`);
    const entries = (res.body as { entries: unknown[] }).entries.map((e) =>
      auditEntrySchema.parse(e),
    );
    const recorded = new Set(
      entries
        .filter((e) => e.action === 'ModifyNatGatewayAttribute' || e.action === 'TagResources')
        .map((e) => /burst-[0-9a-f]+-\d+/.exec(JSON.stringify(e.params))?.[0]),
    );
    const missing = acknowledged.filter((m) => !recorded.has(m));
    expect(missing).toEqual([]);
  } finally {
    second.child.kill('SIGTERM');
    await second.exited;
  }
}

describe('audit trail durability across SIGKILL (SQLite)', () => {
  it('keeps an entry for every acknowledged mutation of a burst cut by SIGKILL', async () => {
    await burstKillRestart({ AUDIT_SQLITE_PATH: dbPath });
  }, 60_000);
});

describePostgres('audit trail durability across SIGKILL (PostgreSQL)', (url) => {
  it('keeps an entry for every acknowledged mutation of a burst cut by SIGKILL', async () => {
    await burstKillRestart({ AUDIT_DATABASE_URL: url });
  }, 60_000);
});
