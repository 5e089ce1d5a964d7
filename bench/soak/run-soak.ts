// The soak: a seeded session of console actions through the BFF while the emulator throttles,
// fails and drops answers after committing. The driver behaves like the SPA: it retries a
// throttled or failed submission with the same Idempotency-Key, and after a lost answer it
// reads back before concluding.
import { startBffStack } from '../lib/bff-stack.ts';
import type { BffAnswer } from '../lib/bff-session.ts';
import { seededRng } from '../lib/rng.ts';
import { compareState } from './soak-check.ts';
import { SoakModel } from './soak-model.ts';
import { nextOp, type Getter, type SoakOp } from './soak-ops.ts';

/** Options of {@link runSoak}; rates are the by default (20% / 5% / 2%). */
export interface SoakOptions {
  ops?: number;
  seed?: number;
  rates?: { throttling: number; unavailable: number; drop: number };
  regionId?: string;
}

/** A refusal the driver gave up on: what the user would see. */
export interface FailedOp {
  op: string;
  status: number;
  code?: string;
  requestId?: string;
}

/** Everything the soak saw, and its verdict. */
export interface SoakReport {
  ops: number;
  succeeded: number;
  confirmedAfterLostAnswer: number;
  failed: FailedOp[];
  requests: number;
  statuses: Record<string, number>;
  /** 500s, and 5xx answers without the error body's code. */
  unhandled5xx: string[];
  /** Failures (non-2xx) not reported with a code and a RequestId. */
  unreported: string[];
  duplicates: string[];
  mismatches: string[];
  upstream: Record<string, number>;
  durationMs: number;
  passed: boolean;
}

const MAX_ATTEMPTS = 12;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// Retryable for a user: throttled (429) or the upstream failed or was cut off (5xx).
const retryable = (status: number) => status === 429 || status >= 500;

/** Runs the soak on a fresh emulator + BFF and checks the pass criteria. */
export async function runSoak(opts: SoakOptions = {}): Promise<SoakReport> {
  const started = performance.now();
  const ops = opts.ops ?? 200;
  const seed = opts.seed ?? 8;
  const rates = opts.rates ?? { throttling: 0.2, unavailable: 0.05, drop: 0.02 };
  const regionId = opts.regionId ?? 'cn-beijing';
  // Short client backoff: the soak compresses time, it does not change what is retried.
  const stack = await startBffStack({
    rngSeed: seed,
    retry: { maxAttempts: 4, baseDelayMs: 2, maxDelayMs: 20, stateBaseDelayMs: 5 },
  });
  const report: SoakReport = {
    ops: 0,
    succeeded: 0,
    confirmedAfterLostAnswer: 0,
    failed: [],
    requests: 0,
    statuses: {},
    unhandled5xx: [],
    unreported: [],
    duplicates: [],
    mismatches: [],
    upstream: {},
    durationMs: 0,
    passed: false,
  };
  try {
    const session = await stack.login('operator');
    const send = async (op: string, method: string, path: string, o = {}): Promise<BffAnswer> => {
      const res = await session.request(method, path, o);
      inspect(report, `${op} ${method} ${path}`, res);
      return res;
    };
    const get: Getter = async (path) => {
      for (let i = 1; ; i += 1) {
        const res = await send('read', 'GET', path);
        if (!retryable(res.status) || i >= MAX_ATTEMPTS) return res;
        await backoff(res, i);
      }
    };
    const model = await discover(get, regionId);
    await stack.admin('DELETE', '/stats');
    // Retry-After 0 at the emulator: throttling costs retries, not seconds.
    await stack.admin('PUT', '/faults', {
      seed,
      rules: [
        { probability: rates.throttling, kind: 'throttling', retryAfterSeconds: 0 },
        { probability: rates.unavailable, kind: 'unavailable' },
        { probability: rates.drop, kind: 'drop' },
      ],
    });
    const rng = seededRng(seed);
    for (let i = 0; i < ops; i += 1) {
      const op = nextOp(model, rng);
      await perform(op, send, get, report);
      report.ops += 1;
    }
    await stack.admin('DELETE', '/faults');
    const stats = await stack.admin<{ requests: { byAction: Record<string, number> } }>(
      'GET',
      '/stats',
    );
    report.upstream = stats.requests.byAction;
    const state = await stack.admin<Parameters<typeof compareState>[0]>('GET', '/state');
    Object.assign(report, compareState(state, model));
  } finally {
    await stack.close();
  }
  report.durationMs = Math.round(performance.now() - started);
  report.passed =
    report.unhandled5xx.length === 0 &&
    report.unreported.length === 0 &&
    report.duplicates.length === 0 &&
    report.mismatches.length === 0;
  return report;
}

async function backoff(res: BffAnswer, attempt: number): Promise<void> {
  // Honour Retry-After, compressed 20× (seconds → 50 ms steps) to keep the soak short.
  const after = Number(res.headers.get('retry-after') ?? 0);
  await sleep(Math.min(200, after * 50 + attempt * 5));
}

async function perform(
  op: SoakOp,
  send: (op: string, method: string, path: string, o?: object) => Promise<BffAnswer>,
  get: Getter,
  report: SoakReport,
): Promise<void> {
  let lostAnswer = false;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const res = await send(op.kind, op.method, op.path, {
      body: op.body,
      idempotencyKey: op.idempotencyKey,
    });
    if (res.status >= 200 && res.status < 300) {
      op.apply(res.body);
      report.succeeded += 1;
      return;
    }
    if (retryable(res.status) && attempt < MAX_ATTEMPTS) {
      // 502/504 may hide a change that was committed before the answer was lost.
      if (res.status === 502 || res.status === 504) lostAnswer = true;
      await backoff(res, attempt);
      continue;
    }
    if (lostAnswer && op.confirm && (await op.confirm(get))) {
      report.confirmedAfterLostAnswer += 1;
      report.succeeded += 1;
      return;
    }
    const error = (res.body as { error?: { code?: string; requestId?: string } }).error;
    report.failed.push({
      op: op.kind,
      status: res.status,
      code: error?.code,
      requestId: error?.requestId,
    });
    return;
  }
}

// Every non-2xx answer must carry `{ error: { code, requestId } }`; a 5xx without it is unhandled.
function inspect(report: SoakReport, what: string, res: BffAnswer): void {
  report.requests += 1;
  report.statuses[res.status] = (report.statuses[res.status] ?? 0) + 1;
  if (res.status < 400) return;
  const error = (res.body as { error?: { code?: unknown; requestId?: unknown } } | undefined)
    ?.error;
  const coded = typeof error?.code === 'string' && error.code !== '';
  const traced = typeof error?.requestId === 'string' && error.requestId !== '';
  const line = `${res.status} ${what}: ${res.text.slice(0, 160)}`;
  // A 500 is the BFF's own unhandled exception, whatever its body.
  if (res.status >= 500 && (!coded || res.status === 500)) report.unhandled5xx.push(line);
  else if (!coded || !traced) report.unreported.push(line);
}

// The VPC with room for gateways (fewest NAT gateways) and its first vSwitch.
async function discover(get: Getter, regionId: string): Promise<SoakModel> {
  const R = `/api/regions/${regionId}`;
  const vpcs = (await get(`${R}/vpcs`)).body as { items: { id: string; cidrBlock: string }[] };
  const vpc = vpcs.items.at(-1);
  if (!vpc) throw new Error(`no VPC in ${regionId}`);
  const vsw = (await get(`${R}/vpcs/${vpc.id}/vswitches`)).body as { items: { id: string }[] };
  const vSwitchId = vsw.items[0]?.id;
  if (!vSwitchId) throw new Error(`no vSwitch in ${vpc.id}`);
  const prefix = vpc.cidrBlock.split('.').slice(0, 2).join('.');
  return new SoakModel(regionId, vpc.id, vSwitchId, prefix);
}
