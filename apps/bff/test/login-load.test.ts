import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashPassword, hashQueue } from '../src/auth/password.ts';
import { createFileUserStore } from '../src/auth/user-store.ts';
import { writeUsersFile } from '../src/auth/users-file.ts';
import { startHarness, type Harness } from './harness.ts';

// Issue 15: 300 concurrent logins starved scrypt's thread pool; a logged-in request took 10.2 s.
let h: Harness;
beforeAll(async () => {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'bff-login-load-')), 'users.json');
  await writeUsersFile(file, {
    version: 1,
    users: { alice: { role: 'operator', passwordHash: await hashPassword('alice-password') } },
  });
  h = await startHarness({
    users: createFileUserStore(file),
    demo: false,
    loginRateLimit: { windowMs: 60_000, limit: 100_000, addressLimit: 100_000 },
  });
}, 30_000);
afterAll(() => h.close());

describe('300 concurrent logins', () => {
  it('leave a logged-in request answering while the storm is still hashing; the excess is refused with 429', async () => {
    const a = h.agent();
    expect((await a.login('alice', 'alice-password')).status).toBe(200);
    const storm = Array.from({ length: 300 }, (_, i) =>
      h.agent().login(i % 2 ? 'alice' : `nobody${i}`, 'wrong-password'),
    );
    // The queue is sized from the machine's cores (1 hash at a time on 2 cores): sampled all
    // through the storm, it never runs more.
    let mostRunning = 0;
    const sampler = setInterval(() => {
      mostRunning = Math.max(mostRunning, hashQueue.load.running);
    }, 5);
    // The storm is under way once every hash slot is taken (a loaded machine takes a while).
    await vi.waitFor(() => expect(hashQueue.load.running).toBe(hashQueue.concurrency), {
      timeout: 20_000,
      interval: 20,
    });
    const me = await a.get('/api/session');
    const regions = await a.get('/api/regions');
    // Not a stopwatch (CI machines vary): the answers came while hashes were still running or
    // waiting, so they did not queue behind the storm as they did before the hash queue.
    const { running, waiting } = hashQueue.load;
    expect(running + waiting).toBeGreaterThan(0);
    expect(me.status).toBe(200);
    expect(regions.status).toBe(200);
    const statuses = (await Promise.all(storm)).map((r) => r.status);
    clearInterval(sampler);
    expect(mostRunning).toBe(hashQueue.concurrency);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(250);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
  }, 60_000);
});
