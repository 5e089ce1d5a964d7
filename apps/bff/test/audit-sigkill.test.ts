import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { auditEntrySchema, natGatewayPageSchema } from '@gc/contracts';
import { describePostgres } from '../src/audit/pg-test-url.fixture.ts';
import { Agent } from './harness.ts';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gc-audit-kill-'));
const dbPath = join(dir, 'audit.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the real BFF (demo mode, free ports, the given trail); resolves with its URL. */
async function startBff(auditEnv: Record<string, string>) {
  // One process, with tsx as a loader: the tsx CLI would run the BFF in a grandchild that a
  // SIGKILL of its parent leaves alive, so the test would not kill what it claims to kill.
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: '0',
      VPC_EMULATOR_TIMING: 'immediate',
      BFF_WEB_DIST: '/nonexistent',
      ...auditEnv,
    },
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`BFF did not start: ${out}`)), 25_000);
    const poll = setInterval(() => {
      const m = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(out);
      if (m?.[1]) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(m[1]);
      }
    }, 25);
  });
  return { child, url, exited };
}

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
