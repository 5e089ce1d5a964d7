// Runs fast-check-generated malformed requests against a BFF and an emulator (in this process,
// so a crash shows up as an uncaught exception here) and judges every answer.
import fc from 'fast-check';
import { ADMIN_TOKEN_HEADER } from '@gc/emulator';
import { startBffStack } from '../lib/bff-stack.ts';
import { bffCases, type BffCase, type GoodIds } from './bff-cases.ts';
import { emulatorCases } from './emulator-cases.ts';
import { judgeBff, judgeEmulator } from './judge.ts';
import { sendRaw, type RawRequest } from './raw-http.ts';

/** Options of {@link runFuzz}: `requests` split evenly between the BFF and the emulator. */
export interface FuzzOptions {
  requests?: number;
  seed?: number;
  concurrency?: number;
}

/** One failed case, with enough to replay it. */
export interface FuzzFailure {
  target: 'bff' | 'emulator';
  reason: string;
  request: string;
}

/** The fuzz run's figures and verdict. */
export interface FuzzReport {
  sent: { bff: number; emulator: number };
  statuses: { bff: Record<string, number>; emulator: Record<string, number> };
  failures: FuzzFailure[];
  crashes: string[];
  durationMs: number;
  passed: boolean;
}

type State = { regions: Record<string, Record<string, Record<string, { id: string }>>> };
// Route collection segment → emulator store kind, for IDs that exist.
const KINDS: Record<string, string> = {
  'nat-gateways': 'natGateways',
  vpcs: 'vpcs',
  eips: 'eips',
  'snat-entries': 'snatEntries',
  'dnat-entries': 'forwardEntries',
  'vpn-gateways': 'vpnGateways',
  'customer-gateways': 'customerGateways',
  'vpn-connections': 'vpnConnections',
  'ipv6-gateways': 'ipv6Gateways',
  'ipv6-addresses': 'ipv6Addresses',
};

const show = (r: RawRequest) =>
  `${r.method} ${r.target.slice(0, 200)} ${JSON.stringify(r.headers).slice(0, 200)} ${(r.body ?? '').slice(0, 200)}`;

/** Generates and sends the cases; passes with no crash, no 5xx and error bodies on every 4xx. */
export async function runFuzz(opts: FuzzOptions = {}): Promise<FuzzReport> {
  const started = performance.now();
  const requests = opts.requests ?? 10_000;
  const seed = opts.seed ?? 2026;
  const crashes: string[] = [];
  const onCrash = (e: unknown) => crashes.push(String((e as Error)?.stack ?? e).slice(0, 500));
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  const stack = await startBffStack();
  const report: FuzzReport = {
    sent: { bff: 0, emulator: 0 },
    statuses: { bff: {}, emulator: {} },
    failures: [],
    crashes,
    durationMs: 0,
    passed: false,
  };
  try {
    const state = await stack.admin<State>('GET', '/state');
    const region = state.regions['cn-hangzhou'] ?? {};
    const good: GoodIds = { regions: 'cn-hangzhou', '*': 'x' };
    for (const [segment, kind] of Object.entries(KINDS)) {
      const id = Object.values(region[kind] ?? {})[0]?.id;
      if (id) good[segment] = id;
    }
    good['*'] = good['nat-gateways'] ?? 'x';
    const doc = (await (await fetch(`${stack.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => ({ method, path })),
    );
    const operator = await stack.login('operator');
    const auditor = await stack.login('auditor');
    const bffPort = Number(new URL(stack.url).port);
    const emuPort = Number(new URL(stack.emulatorUrl).port);
    const half = Math.ceil(requests / 2);
    const jobs: (() => Promise<void>)[] = [];
    for (const c of fc.sample(bffCases(routes, good), { numRuns: half, seed })) {
      jobs.push(async () => {
        const req = withAuth(c, operator, auditor);
        const answer = await sendRaw(bffPort, req);
        report.sent.bff += 1;
        count(report.statuses.bff, answer);
        const reason = judgeBff(req.method, answer);
        if (reason) report.failures.push({ target: 'bff', reason, request: show(req) });
      });
    }
    for (const generated of fc.sample(emulatorCases, {
      numRuns: requests - half,
      seed: seed + 1,
    })) {
      // Admin cases carry the token, so the fuzz reaches the admin handlers behind the guard.
      const req = withAdminToken(generated, stack.emulatorAdminToken);
      jobs.push(async () => {
        const answer = await sendRaw(emuPort, req);
        report.sent.emulator += 1;
        count(report.statuses.emulator, answer);
        const reason = judgeEmulator(req.method, req.target, answer);
        if (reason) report.failures.push({ target: 'emulator', reason, request: show(req) });
      });
    }
    // Interleave the two targets, then run with bounded concurrency.
    const order = jobs.map((job, i) => ({ job, k: (i % half) * 2 + (i < half ? 0 : 1) }));
    order.sort((a, b) => a.k - b.k);
    let next = 0;
    await Promise.all(
      Array.from({ length: opts.concurrency ?? 8 }, async () => {
        while (next < order.length) await order[next++]?.job();
      }),
    );
    for (const [name, url] of [
      ['bff', `${stack.url}/api/health`],
      ['emulator', `${stack.emulatorUrl}/_emulator/health`],
    ] as const) {
      const alive = await fetch(url, {
        headers: { [ADMIN_TOKEN_HEADER]: stack.emulatorAdminToken },
      }).then(
        (r) => r.status === 200,
        () => false,
      );
      if (!alive) crashes.push(`${name} no longer answers its health check`);
    }
  } finally {
    await stack.close();
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
  }
  report.durationMs = Math.round(performance.now() - started);
  report.passed = report.failures.length === 0 && crashes.length === 0;
  return report;
}

function withAdminToken(req: RawRequest, token: string): RawRequest {
  if (!req.target.startsWith('/_emulator')) return req;
  return { ...req, headers: [[ADMIN_TOKEN_HEADER, token], ...req.headers] };
}

function count(into: Record<string, number>, a: Awaited<ReturnType<typeof sendRaw>>): void {
  const key = 'error' in a ? 'no answer' : String(a.status);
  into[key] = (into[key] ?? 0) + 1;
}

function withAuth(
  c: BffCase,
  operator: { cookie: string; csrfToken: string },
  auditor: { cookie: string; csrfToken: string },
): RawRequest {
  const headers = [...c.req.headers];
  const who =
    c.auth.user === 'operator' ? operator : c.auth.user === 'auditor' ? auditor : undefined;
  if (who) headers.push(['Cookie', who.cookie]);
  if (c.auth.user === 'garbage')
    headers.push(['Cookie', 'gc_session=eyJ1c2VyIjoib3BlcmF0b3IifQ.AAAA']);
  if (who && c.auth.csrf === 'valid') headers.push(['X-CSRF-Token', who.csrfToken]);
  if (c.auth.csrf === 'wrong') headers.push(['X-CSRF-Token', 'not-the-token']);
  return { ...c.req, headers };
}
