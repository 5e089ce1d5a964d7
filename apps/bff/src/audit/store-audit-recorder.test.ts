import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteAuditStore } from './sqlite-audit-store.ts';
import { createStoreRecorder } from './store-audit-recorder.ts';

describe('createStoreRecorder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gc-audit-rec-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores seam events, mapping code/requestId to the upstream fields and redacting', async () => {
    const store = new SqliteAuditStore({ path: join(dir, 'a.sqlite') });
    const recorder = createStoreRecorder(store);
    await recorder.record({
      time: '2026-11-22T08:00:00.000Z',
      user: 'operator',
      role: 'operator',
      action: 'nat-gateway.delete',
      regionId: 'cn-hangzhou',
      resourceId: 'ngw-1',
      params: { force: true },
      outcome: 'failure',
      code: 'DependencyViolation.SnatEntry',
      requestId: 'UP-REQ-1',
      clientToken: 'ct-1',
    });
    await recorder.record({
      time: '2026-11-22T08:01:00.000Z',
      action: 'session.login-failed',
      params: { username: '', password: 'guess' },
      outcome: 'failure',
    });
    const { items } = await store.query({});
    expect(items[1]).toMatchObject({
      user: 'operator',
      errorCode: 'DependencyViolation.SnatEntry',
      upstreamRequestId: 'UP-REQ-1',
      clientToken: 'ct-1',
    });
    expect(items[0]).toMatchObject({
      user: 'anonymous',
      params: { username: '', password: '[REDACTED]' },
    });
    expect(items[0]?.role).toBeUndefined();
    await store.close();
  });

  it('rejects when the entry cannot be committed, so the caller does not answer unaudited', async () => {
    const store = new SqliteAuditStore({ path: join(dir, 'b.sqlite') });
    await store.close();
    const recorder = createStoreRecorder(store);
    await expect(
      recorder.record({ time: new Date().toISOString(), action: 'x.y', outcome: 'success' }),
    ).rejects.toThrow();
  });
});
