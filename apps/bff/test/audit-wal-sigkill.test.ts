import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { natGatewayPageSchema } from '@gc/contracts';
import { startEmulator } from '@gc/emulator';
import { createAuditStore, type AuditStoreConfig } from '../src/audit/create-audit-store.ts';
import {
  describePostgres,
  dropSchemas,
  freshSchemaName,
} from '../src/audit/pg-test-url.fixture.ts';
import { Agent } from './harness.ts';

// Issue 15 H1: a SIGKILL run made 302 upstream changes and kept 298 entries.
const child = fileURLToPath(new URL('./wal-bff-child.fixture.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gc-audit-walkill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A burst of mutations cut by SIGKILL, then the trail read back (emulator outside the BFF). */
async function walKillRun(storeConfig: AuditStoreConfig): Promise<void> {
  const emulator = await startEmulator({ port: 0, timing: { mode: 'immediate' }, logger: false });
  const bff = spawn(process.execPath, [
    '--import',
    'tsx',
    child,
    emulator.url,
    JSON.stringify(storeConfig),
  ]);
  let out = '';
  bff.stdout.on('data', (d: Buffer) => (out += d.toString()));
  bff.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise((resolve) => bff.on('exit', (_c, signal) => resolve(signal)));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`child did not start: ${out}`)), 25_000);
      const poll = setInterval(() => {
        const m = /URL (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (!m?.[1]) return;
        clearInterval(poll);
        clearTimeout(timer);
        resolve(m[1]);
      }, 25);
    });
    const op = new Agent(url);
    expect((await op.login('operator')).status).toBe(200);
    const R = '/api/regions/cn-hangzhou';
    const ids = natGatewayPageSchema
      .parse((await op.get(`${R}/nat-gateways?pageSize=100`)).body)
      .items.map((g) => g.id);
    const acknowledged: string[] = [];
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (!killed && next < 40) {
        const i = next++;
        const marker = `walk-${i}`;
        const id = ids[i % ids.length] ?? '';
        const res = await (
          i % 2 === 0
            ? op.request('PATCH', `${R}/nat-gateways/${id}`, { body: { name: marker } })
            : op.request('PUT', `${R}/nat-gateways/${id}/tags`, {
                body: { tags: [{ key: 'walk', value: marker }] },
              })
        ).catch(() => undefined);
        if (killed || !res || res.status >= 300) continue;
        acknowledged.push(marker);
        if (acknowledged.length >= 12) {
          killed = true;
          bff.kill('SIGKILL');
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(await exited).toBe('SIGKILL');
    const sent = new Set([...out.matchAll(/^UP \w+ .*?(walk-\d+)/gm)].map((m) => m[1]));
    expect(sent.size).toBeGreaterThanOrEqual(12);

    const store = await createAuditStore(storeConfig);
    const entries = [];
    for await (const e of store.exportRows({ q: 'walk-' })) entries.push(e);
    await store.close();
    const marker = (e: unknown) => /walk-\d+/.exec(JSON.stringify(e))?.[0];
    const intents = new Set(entries.map((e) => marker(e.params)));
    expect([...sent].filter((m) => !intents.has(m))).toEqual([]);
    const done = new Set(
      entries.filter((e) => e.outcome === 'success').map((e) => marker(e.params)),
    );
    expect(acknowledged.filter((m) => !done.has(m))).toEqual([]);
    const pending = entries.filter((e) => e.outcome === 'pending');
    if (storeConfig.kind === 'sqlite') {
      // One BFF per file: whatever was cut mid-flight is marked unknown at the restart.
      expect(pending).toEqual([]);
    } else {
      // A shared database: an intent stays pending until it is older than any live request
      // (POSTGRES_RECONCILE_AFTER_MS); only requests cut by the kill (sent upstream or not yet)
      // may be pending, never an acknowledged one.
      const cut = pending.map((e) => marker(e.params));
      expect(cut.filter((m) => !m || acknowledged.includes(m))).toEqual([]);
    }
  } finally {
    if (bff.exitCode === null && bff.signalCode === null) bff.kill('SIGKILL');
    await emulator.close();
  }
}

describe('write-ahead audit across SIGKILL (SQLite)', () => {
  it('has an intent for every upstream change and an outcome for every 2xx', async () => {
    await walKillRun({ kind: 'sqlite', path: join(dir, 'audit.sqlite') });
  }, 60_000);
});

describePostgres('write-ahead audit across SIGKILL (PostgreSQL)', (url) => {
  const schema = freshSchemaName();
  afterAll(() => dropSchemas(url, [schema]));
  it('has an intent for every upstream change and an outcome for every 2xx', async () => {
    await walKillRun({ kind: 'postgres', url, schema });
  }, 60_000);
});
