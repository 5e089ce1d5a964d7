import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  natGatewayPageSchema,
  readySchema,
  upstreamRateSchema,
  vpnGatewaySchema,
} from '@gc/contracts';
import {
  ADMIN_TOKEN_HEADER,
  DEMO_ACCESS_KEY,
  startEmulator,
  type RunningEmulator,
} from '@gc/emulator';
import { describePostgres } from '../src/audit/pg-test-url.fixture.ts';
import { DEMO_PASSWORD_COST, hashPassword } from '../src/auth/password.ts';
import { writeUsersFile } from '../src/auth/users-file.ts';
import { Agent } from './harness.ts';
import {
  createScratchDatabase,
  eventually,
  startInstance,
  type Instance,
} from './bff-process.fixture.ts';

// Issue 16's "done when": two BFF processes on one PostgreSQL and one emulator behave as one.
const R = '/api/regions/cn-hangzhou';
const RATE = 10;

const sleep = (ms: number) => new Promise<undefined>((r) => setTimeout(() => r(undefined), ms));

describePostgres('two BFF instances on one PostgreSQL', (pgUrl) => {
  let emulator: RunningEmulator;
  let db: Awaited<ReturnType<typeof createScratchDatabase>>;
  let dir: string;
  let a: Instance;
  let b: Instance;

  const admin = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${emulator.url}/_emulator${path}`, {
      method,
      headers: { 'content-type': 'application/json', [ADMIN_TOKEN_HEADER]: emulator.adminToken },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`emulator ${method} ${path}: ${res.status}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  const operatorOn = async (i: Instance) => {
    const agent = new Agent(i.url);
    expect((await agent.login('operator', 'operator-password')).status).toBe(200);
    return agent;
  };

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, timing: { mode: 'immediate' }, logger: false });
    db = await createScratchDatabase(pgUrl);
    dir = mkdtempSync(join(tmpdir(), 'gc-scale-'));
    const usersFile = join(dir, 'users.json');
    await writeUsersFile(usersFile, {
      version: 1,
      users: {
        operator: { role: 'operator', passwordHash: await hashPassword('operator-password') },
        // Only ever refused here: a cheap hash keeps 12 failed logins from costing 12 full scrypts.
        auditor: {
          role: 'auditor',
          passwordHash: await hashPassword('auditor-password', DEMO_PASSWORD_COST),
        },
      },
    });
    const env = {
      HOST: '127.0.0.1',
      PORT: '0',
      ALIBABA_CLOUD_ACCESS_KEY_ID: DEMO_ACCESS_KEY.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEMO_ACCESS_KEY.accessKeySecret,
      VPC_ENDPOINT: emulator.url,
      VPC_RATE_LIMIT: String(RATE),
      BFF_SESSION_SECRET: 'scale-out-test-secret-scale-out-test-secret',
      BFF_USERS_FILE: usersFile,
      BFF_WEB_DIST: '/nonexistent',
      BFF_JOB_LEASE_SECONDS: '4',
      DATABASE_URL: db.url,
    };
    // One after the other: both migrate the same database (advisory locks make that safe too).
    a = await startInstance(env);
    b = await startInstance(env);
  }, 150_000);

  afterAll(async () => {
    for (const i of [a, b]) if (i && i.child.exitCode === null) i.child.kill('SIGTERM');
    await Promise.all([a?.exited, b?.exited]);
    await emulator?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  it('shares sessions: a login on A works on B, and a logout on A ends it on B', async () => {
    const onA = await operatorOn(a);
    const onB = new Agent(b.url);
    onB.cookie = onA.cookie;
    onB.csrfToken = onA.csrfToken;
    expect((await onB.get('/api/session')).status).toBe(200);
    expect((await onA.request('DELETE', '/api/session')).status).toBe(204);
    expect((await onB.get('/api/session')).status).toBe(401);
    // Readiness reports the shared store and the relay (existing fields unchanged).
    const ready = await new Agent(b.url).get('/api/ready');
    expect(ready.status).toBe(200);
    expect(readySchema.parse(ready.body)).toMatchObject({
      status: 'ready',
      store: { kind: 'postgres', ok: true },
      relay: { connected: true, reconnects: 0 },
    });
  }, 30_000);

  it('holds the login limit across both (10 failures per user, wherever they land)', async () => {
    const statuses: number[] = [];
    for (let n = 0; n < 12; n++) {
      const res = await new Agent(n % 2 === 0 ? a.url : b.url).login('auditor', 'wrong');
      statuses.push(res.status);
    }
    expect(statuses).toEqual([...Array<number>(10).fill(401), 429, 429]);
  }, 60_000);

  it('shows a rename on A on B within 200 ms (the relay beats the 2 s cache)', async () => {
    const [onA, onB] = [await operatorOn(a), await operatorOn(b)];
    const list = natGatewayPageSchema.parse((await onB.get(`${R}/nat-gateways`)).body);
    const gw = list.items[0];
    if (!gw) throw new Error('the seed has no NAT gateway in cn-hangzhou');
    const path = `${R}/nat-gateways/${gw.id}`;
    // B has read it: without a relay, B would answer from its cache for up to 2 s.
    expect((await onB.get<{ name: string }>(path)).body.name).toBe(gw.name);
    const name = `renamed-${Date.now()}`;
    expect((await onA.request('PATCH', path, { body: { name } })).status).toBe(200);
    const renamedAt = performance.now();
    // A read every 10 ms, not waiting for the previous: the first one *started* after the change
    // reached B answers the new name, however long this loaded machine takes to answer it.
    const reads: Promise<{ startedMs: number; answeredMs: number; fresh: boolean }>[] = [];
    while (performance.now() - renamedAt < 1000) {
      const startedMs = performance.now() - renamedAt;
      const read = onB.get<{ name: string }>(path).then((r) => ({
        startedMs,
        answeredMs: performance.now() - renamedAt,
        fresh: r.body.name === name,
      }));
      reads.push(read);
      if ((await Promise.race([read, sleep(10)]))?.fresh) break;
    }
    const done = await Promise.all(reads);
    const firstFresh = done.findIndex((r) => r.fresh);
    const seen = done[firstFresh];
    if (!seen || done.slice(firstFresh).some((r) => !r.fresh)) throw new Error('B went back');
    console.log(
      `rename on A: B's first read showing it started ${seen.startedMs.toFixed(1)} ms after ` +
        `A answered (answered at ${seen.answeredMs.toFixed(1)} ms); ${firstFresh} stale reads before`,
    );
    expect(seen.startedMs).toBeLessThan(200);
  }, 30_000);

  it('creates one resource for one Idempotency-Key sent to both', async () => {
    const [onA, onB] = [await operatorOn(a), await operatorOn(b)];
    const vpcs = (await onA.get<{ items: { id: string }[] }>(`${R}/vpcs`)).body.items;
    const vpcId = vpcs[0]?.id ?? '';
    const body = { vpcId, name: 'scale-vpn', bandwidth: 10 };
    const [ra, rb] = await Promise.all(
      [onA, onB].map((x) =>
        x.request('POST', `${R}/vpn-gateways`, { body, idempotencyKey: 'scale-out-key-0001' }),
      ),
    );
    expect([ra?.status, rb?.status]).toEqual([201, 201]);
    expect(vpnGatewaySchema.parse(ra?.body).id).toBe(vpnGatewaySchema.parse(rb?.body).id);
    const all = (await onB.get<{ items: { name: string }[] }>(`${R}/vpn-gateways?pageSize=100`))
      .body;
    expect(all.items.filter((g) => g.name === 'scale-vpn')).toHaveLength(1);
  }, 30_000);

  it('stays under VPC_RATE_LIMIT together, under load and upstream throttling', async () => {
    const [onA, onB] = [await operatorOn(a), await operatorOn(b)];
    // Each takes half once both have seen the other's heartbeat.
    for (const x of [onA, onB]) {
      await eventually(async () => {
        const r = upstreamRateSchema.parse((await x.get('/api/upstream-rate')).body);
        return r.slowestCallsPerSecond <= RATE / 2 ? true : undefined;
      }, 10_000);
    }
    // The account allows RATE calls per second per action, as Alibaba counts them.
    await admin('PUT', '/faults', {
      seed: 1,
      rules: [{ probability: 1, kind: 'rateLimit', limit: RATE, windowSeconds: 1 }],
    });
    await admin('DELETE', '/stats');
    const seconds = 4;
    const stopAt = Date.now() + seconds * 1000;
    const statuses: Record<number, number> = {};
    let n = 0;
    // 16 clients per instance, each asking for a gateway no cache holds (a distinct upstream read).
    const load = [onA, onB].flatMap((x) =>
      Array.from({ length: 16 }, async () => {
        while (Date.now() < stopAt) {
          const res = await x.get(`${R}/nat-gateways/ngw-none${(n += 1)}`, {
            headers: { 'x-test': 'load' },
          });
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        }
      }),
    );
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const stats = (await admin('GET', '/stats')) as {
      requests: { byAction: Record<string, number> };
      errors: { byCode: Record<string, number> };
    };
    await Promise.all(load);
    await admin('DELETE', '/faults');
    const calls = stats.requests.byAction.DescribeNatGateways ?? 0;
    const throttled = Object.entries(stats.errors.byCode)
      .filter(([code]) => /Throttling/.test(code))
      .reduce((s, [, c]) => s + c, 0);
    console.log(
      `2 instances, VPC_RATE_LIMIT=${RATE}, ${seconds} s of load: ${calls} upstream calls ` +
        `(${(calls / seconds).toFixed(1)}/s), ${throttled} throttled; BFF answers ${JSON.stringify(statuses)}`,
    );
    // A token bucket may spend one second's worth at once: RATE × (seconds + 1) at most.
    expect(calls).toBeLessThanOrEqual(RATE * (seconds + 1));
  }, 60_000);

  it('leaves a job to B when A dies mid-job, and audits it once', async () => {
    const [onA, onB] = [await operatorOn(a), await operatorOn(b)];
    const sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    try {
      await admin('PUT', '/timing', { mode: 'manual' });
      const vpcId = (await onA.get<{ items: { id: string }[] }>(`${R}/vpcs`)).body.items[0]?.id;
      const created = await onA.request('POST', `${R}/vpn-gateways`, {
        body: { vpcId, name: 'job-vpn', bandwidth: 10, description: 'set by a job' },
        idempotencyKey: 'scale-out-job-0001',
      });
      expect(created.status).toBe(201);
      const gw = vpnGatewaySchema.parse(created.body);
      expect(gw.status).toBe('provisioning');
      const jobId = `vpn-gateway.describe:cn-hangzhou:${gw.id}`;
      // The description call hangs 2.5 s upstream: long enough to kill its instance mid-call.
      await admin('PUT', '/faults', {
        rules: [
          { action: 'ModifyVpnGatewayAttribute', probability: 1, kind: 'latency', latencyMs: 2500 },
        ],
      });
      await admin('POST', '/advance');
      const holder = await eventually(async () => {
        const { rows } = await sql.query<{ state: string; lease_owner: string | null }>(
          'SELECT state, lease_owner FROM console_jobs WHERE id = $1',
          [jobId],
        );
        const owner = rows[0]?.lease_owner;
        if (rows[0]?.state !== 'running' || !owner) return undefined;
        // Still running 600 ms later under the same claim: it is inside the slow call.
        await new Promise((r) => setTimeout(r, 600));
        const again = await sql.query<{ lease_owner: string | null }>(
          'SELECT lease_owner FROM console_jobs WHERE id = $1 AND state = $2',
          [jobId, 'running'],
        );
        return again.rows[0]?.lease_owner === owner ? owner : undefined;
      });
      const [dying, survivor, survivorAgent] = holder.includes(`-${a.child.pid}-`)
        ? [a, b, onB]
        : [b, a, onA];
      dying.child.kill('SIGKILL');
      expect(await dying.exited).toBe('SIGKILL');
      const done = await eventually(async () => {
        const { rows } = await sql.query<{ state: string; lease_owner: string | null }>(
          'SELECT state FROM console_jobs WHERE id = $1',
          [jobId],
        );
        return rows[0]?.state === 'done' ? rows[0] : undefined;
      }, 30_000);
      expect(done.state).toBe('done');
      const read = vpnGatewaySchema.parse(
        (await survivorAgent.get(`${R}/vpn-gateways/${gw.id}`)).body,
      );
      expect(read).toMatchObject({ status: 'active', description: 'set by a job' });
      const audit = await sql.query<{ user_name: string; outcome: string }>(
        `SELECT user_name, outcome FROM audit_entries
          WHERE action = 'ModifyVpnGatewayAttribute' AND resource_id = $1`,
        [gw.id],
      );
      expect(audit.rows).toEqual([{ user_name: 'operator', outcome: 'success' }]);
      expect(survivor.child.exitCode).toBeNull();
    } finally {
      await admin('DELETE', '/faults');
      await sql.end();
    }
  }, 90_000);
});
