#!/usr/bin/env node
// The README's test line ends here: every suite, then one `N passed, N failed` line that adds them up.
// Plain Node (no TypeScript) so it runs before anything is built.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const results = [];
const started = Date.now();

function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...opts.env },
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const secondsSince = (t) => Math.round((Date.now() - t) / 1000);

function record(name, passed, failed, note = '') {
  results.push({ name, passed, failed, note });
  console.log(`\n[${name}] ${passed} passed, ${failed} failed${note ? ` (${note})` : ''}\n`);
}

/** Debian's chromium is the only browser these machines can get (browser downloads fail). */
function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return Promise.resolve(0);
  console.log('chromium is missing: installing Debian chromium in the background');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  return new Promise((resolve) => {
    const sh = `${sudo.join(' ')} apt-get update -qq && ${sudo.join(' ')} DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`;
    const child = spawn('bash', ['-c', sh], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** Issue 7's store tests need a real PostgreSQL; the helper installs and starts one when the suite exists. */
const pgSetup = join(root, 'scripts/start-postgres.sh');

const chromium = ensureChromium();

/** Runs a command with its output held back, so two running side by side do not interleave. */
function runQuiet(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    const chunks = [];
    child.stdout.on('data', (d) => chunks.push(d));
    child.stderr.on('data', (d) => chunks.push(d));
    child.on('close', (code, signal) =>
      resolve({ code: code ?? (signal ? 1 : 0), out: Buffer.concat(chunks).toString() }),
    );
  });
}

/** Runs the steps of one lane in order; each step's output is printed whole when it ends. */
async function lane(steps) {
  const codes = {};
  for (const [name, cmd, args] of steps) {
    const t0 = Date.now();
    const { code, out } = await runQuiet(cmd, args);
    process.stdout.write(`\n> ${[cmd, ...args].join(' ')}  (${secondsSince(t0)} s)\n${out}`);
    codes[name] = code;
  }
  return codes;
}

const specs = existsSync(join(root, 'e2e/tests'))
  ? readdirSync(join(root, 'e2e/tests')).filter((f) => f.endsWith('.spec.ts'))
  : [];

/**
 * Issue 7's store tests need a real PostgreSQL; started while the checks run (it is not CPU-bound),
 * after chromium, since both may need apt-get and apt takes one install at a time.
 */
const pg = chromium.then(
  () =>
    new Promise((resolve) => {
      if (!existsSync(pgSetup)) return resolve({});
      const child = spawn('bash', [pgSetup], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('close', (code) => {
        const url = out.trim().split('\n').pop() ?? '';
        if (code === 0 && url.startsWith('postgres')) return resolve({ TEST_POSTGRES_URL: url });
        console.log('PostgreSQL could not be started: its store tests will fail loudly');
        resolve({});
      });
    }),
);

// tsc, eslint, prettier and vite each keep about one core busy: two lanes fill this 2-core
// machine. typecheck is the longest step, so it has a lane to itself. The web build only feeds
// e2e and writes apps/web/dist, which lint, prettier and tsc all ignore.
const [checksA, checksB] = await Promise.all([
  lane([['typecheck', 'pnpm', ['typecheck']]]),
  lane([
    ['lint', 'pnpm', ['lint']],
    ['format', 'pnpm', ['format:check']],
    ['tsdoc', 'pnpm', ['check:tsdoc']],
    ...(specs.length > 0 ? [['build', 'pnpm', ['build']]] : []),
  ]),
]);
const codes = { ...checksA, ...checksB };
for (const name of ['typecheck', 'lint', 'format', 'tsdoc']) {
  const code = codes[name];
  record(name, code === 0 ? 1 : 0, code === 0 ? 0 : 1, 'one check');
}

const pgEnv = await pg;
const vitestStarted = Date.now();
const vitestJson = join(root, '.vitest-results.json');
rmSync(vitestJson, { force: true });
await run(
  'pnpm',
  [
    'exec',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${vitestJson}`,
  ],
  {
    env: pgEnv,
  },
);
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  const failedSuites = (v.testResults ?? []).filter(
    (r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0,
  ).length;
  record(
    'vitest',
    v.numPassedTests,
    v.numFailedTests + failedSuites,
    `${(v.testResults ?? []).length} files, ${secondsSince(vitestStarted)} s`,
  );
} else {
  record('vitest', 0, 1, 'no results written');
}

if (specs.length > 0) {
  const build = codes.build;
  const chromiumCode = await chromium;
  if (build !== 0 || chromiumCode !== 0 || !existsSync('/usr/bin/chromium')) {
    record('e2e', 0, 1, build !== 0 ? 'web build failed' : 'chromium could not be installed');
  } else {
    const pwJson = join(root, '.e2e-results.json');
    rmSync(pwJson, { force: true });
    const e2eStarted = Date.now();
    await run('pnpm', ['e2e', '--reporter=list,json'], {
      env: { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson },
    });
    if (existsSync(pwJson)) {
      const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats ?? {};
      record(
        'e2e',
        (s.expected ?? 0) + (s.flaky ?? 0),
        s.unexpected ?? 0,
        `${s.flaky ?? 0} flaky, ${s.skipped ?? 0} skipped, ${secondsSince(e2eStarted)} s`,
      );
    } else {
      record('e2e', 0, 1, 'no results written');
    }
  }
} else {
  await chromium;
  console.log('\n[e2e] no Playwright specs yet');
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log('\nSuite summary');
for (const r of results)
  console.log(
    `  ${r.name.padEnd(10)} ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(4)} failed  ${r.note}`,
  );
console.log(`  total time ${Math.round((Date.now() - started) / 1000)} s\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
