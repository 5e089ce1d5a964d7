import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditStore, type AuditStoreConfig } from './create-audit-store.ts';
import { describePostgres, dropSchemas, freshSchemaName } from './pg-test-url.fixture.ts';

const here = dirname(fileURLToPath(import.meta.url));
const child = join(here, 'audit-append-child.fixture.ts');

/**
 * Runs the appending child, SIGKILLs it once `ackTarget` entries were acknowledged (mid-burst),
 * and returns the acknowledged IDs.
 */
function appendThenKill(config: AuditStoreConfig, ackTarget: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, JSON.stringify(config)], {
      cwd: join(here, '../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: string[] = [];
    let partial = '';
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdout.on('data', (d: Buffer) => {
      const lines = (partial + d.toString()).split('\n');
      partial = lines.pop() ?? '';
      acked.push(...lines.filter(Boolean));
      if (acked.length >= ackTarget && proc.exitCode === null) proc.kill('SIGKILL');
    });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`child exited with ${code} before the kill: ${stderr.slice(-2000)}`));
    });
  });
}

async function expectAllAcknowledgedStored(config: AuditStoreConfig): Promise<void> {
  const acked = await appendThenKill(config, 40);
  expect(acked.length).toBeGreaterThanOrEqual(40);
  const store = await createAuditStore(config);
  const stored = new Set<string>();
  for await (const e of store.exportRows({ user: 'burst' })) stored.add(e.id);
  await store.close();
  expect(acked.filter((id) => !stored.has(id))).toEqual([]);
  // At most the one append in flight at the kill may be stored without an acknowledgement.
  expect(stored.size - acked.length).toBeLessThanOrEqual(1);
}

describe('durability: SIGKILL during a burst of appends (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gc-audit-kill-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged entry', async () => {
    await expectAllAcknowledgedStored({ kind: 'sqlite', path: join(dir, 'audit.sqlite') });
  });
});

describePostgres('durability: SIGKILL during a burst of appends (PostgreSQL)', (url) => {
  const schema = freshSchemaName();
  afterAll(() => dropSchemas(url, [schema]));

  it('keeps every acknowledged entry', async () => {
    await expectAllAcknowledgedStored({ kind: 'postgres', url, schema });
  });
});
