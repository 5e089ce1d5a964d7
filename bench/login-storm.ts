// Issue 15: what a logged-in user waits for while 300 wrong-password logins hit the BFF at once.
//   pnpm exec tsx bench/login-storm.ts [rounds]
//
// A users file with a real (OWASP-cost) scrypt hash, demo off, a login rate limit too high to
// matter: the hash queue (apps/bff/src/auth/hash-queue.ts) is the only bound. One user logs in,
// then each round measures the `GET /api/session` + `GET /api/regions` pair back to back while
// idle, then again and again from the instant a storm of 300 logins is fired until its last
// answer. Idle and storm alternate, so drift of a shared machine hits both alike. The storm is
// fired from a worker thread (login-storm-worker.mjs): in-process, but off the BFF's event loop.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { hashPassword, hashQueue } from '../apps/bff/src/auth/password.ts';
import { createFileUserStore } from '../apps/bff/src/auth/user-store.ts';
import { writeUsersFile } from '../apps/bff/src/auth/users-file.ts';
import { BffSession } from './lib/bff-session.ts';
import { startBffStack } from './lib/bff-stack.ts';
import { quantile, round2 } from './lib/load.ts';

/** What {@link runLoginStormBench} measured; times in ms. */
export interface LoginStormResult {
  rounds: number;
  /** Logins fired at once per storm. */
  stormSize: number;
  idle: { pairs: number; median: number; p95: number; max: number };
  /**
   * `whileHashing`: pairs that ended with hashes still running or waiting (the storm's pairs were
   * not merely served after it); `worstAtMs`: from fire to the start of the worst pair; `burst`:
   * the pairs started in the storm's first second, while its 300 requests arrive and are refused.
   */
  storm: {
    pairs: number;
    median: number;
    p95: number;
    max: number;
    whileHashing: number;
    worstAtMs: number;
    burst: { pairs: number; median: number; max: number };
    afterBurst: { pairs: number; median: number; max: number };
  };
  /** Storm median ÷ idle median. */
  ratio: number;
  /** Storm logins answered, by status, over all rounds. */
  statuses: Record<string, number>;
  /** Fire → last storm answer, median over rounds. */
  stormMs: number;
  /** Logged-in answers other than 200 (idle and storm). */
  failedPairs: number;
}

const summary = (samples: number[]) => {
  const s = [...samples].sort((a, b) => a - b);
  return {
    median: round2(quantile(s, 0.5)),
    p95: round2(quantile(s, 0.95)),
    max: round2(s.at(-1) ?? 0),
  };
};

/** Runs `rounds` × (idle pairs, one storm with pairs measured throughout). */
export async function runLoginStormBench(
  opts: { rounds?: number; idlePairs?: number; stormSize?: number } = {},
): Promise<LoginStormResult> {
  const rounds = opts.rounds ?? 3;
  const idlePairs = opts.idlePairs ?? 100;
  const stormSize = opts.stormSize ?? 300;
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-login-storm-'));
  const file = path.join(dir, 'users.json');
  await writeUsersFile(file, {
    version: 1,
    users: { alice: { role: 'operator', passwordHash: await hashPassword('alice-password') } },
  });
  const stack = await startBffStack({
    app: {
      users: createFileUserStore(file),
      demo: false,
      loginRateLimit: { windowMs: 60_000, limit: 1_000_000, addressLimit: 1_000_000 },
    },
  });
  const alice = new BffSession(stack.url);
  await alice.login('alice', 'alice-password');
  let failedPairs = 0;
  const pair = async () => {
    const t0 = performance.now();
    const me = await alice.request('GET', '/api/session');
    const regions = await alice.request('GET', '/api/regions');
    if (me.status !== 200 || regions.status !== 200) failedPairs += 1;
    return performance.now() - t0;
  };
  const worker = new Worker(new URL('./login-storm-worker.mjs', import.meta.url));
  const fireStorm = (size: number) =>
    new Promise<number[]>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('message', (statuses: number[]) => {
        worker.off('error', reject);
        resolve(statuses);
      });
      worker.postMessage({ url: stack.url, size });
    });

  const idle: number[] = [];
  const storm: { atMs: number; ms: number }[] = [];
  const statuses: Record<string, number> = {};
  const stormMs: number[] = [];
  let whileHashing = 0;
  for (let i = 0; i < 5; i += 1) await pair(); // warm-up: regions cache, sockets, JIT
  await fireStorm(0);
  try {
    for (let r = 0; r < rounds; r += 1) {
      for (let i = 0; i < idlePairs; i += 1) idle.push(await pair());
      const fired = performance.now();
      let done = false;
      const all = fireStorm(stormSize).finally(() => (done = true));
      while (!done) {
        const atMs = performance.now() - fired;
        storm.push({ atMs, ms: await pair() });
        const { running, waiting } = hashQueue.load;
        if (running + waiting > 0) whileHashing += 1;
      }
      for (const s of await all) statuses[s] = (statuses[s] ?? 0) + 1;
      stormMs.push(performance.now() - fired);
    }
  } finally {
    await worker.terminate();
    await stack.close();
    await rm(dir, { recursive: true, force: true });
  }
  const i = summary(idle);
  const s = summary(storm.map((p) => p.ms));
  const worst = storm.reduce((a, b) => (b.ms > a.ms ? b : a), { atMs: 0, ms: 0 });
  const burst = storm.filter((p) => p.atMs < 1000).map((p) => p.ms);
  const b = summary(burst);
  const later = storm.filter((p) => p.atMs >= 1000).map((p) => p.ms);
  const l = summary(later);
  return {
    rounds,
    stormSize,
    idle: { pairs: idle.length, ...i },
    storm: {
      pairs: storm.length,
      ...s,
      whileHashing,
      worstAtMs: round2(worst.atMs),
      burst: { pairs: burst.length, median: b.median, max: b.max },
      afterBurst: { pairs: later.length, median: l.median, max: l.max },
    },
    ratio: round2(s.median / i.median),
    statuses,
    stormMs: summary(stormMs).median,
    failedPairs,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runLoginStormBench({ rounds: Number(process.argv[2] ?? 3) });
  console.log(JSON.stringify(r, null, 2));
}
