import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/** A free loopback port, found synchronously because the config must know it before the web server starts. */
function freePort(): string {
  const script =
    'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})';
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}

// Set once in the runner process; workers inherit the environment, so every process agrees on the ports.
process.env.E2E_PORT ??= freePort();
process.env.E2E_EMULATOR_PORT ??= freePort();
// The embedded emulator's admin API needs this token (issue 15); fixtures.ts sends it.
process.env.E2E_EMULATOR_ADMIN_TOKEN ??= randomBytes(32).toString('base64url');
const port = process.env.E2E_PORT;
const emulatorPort = process.env.E2E_EMULATOR_PORT;
const baseURL = `http://127.0.0.1:${port}`;
// The BFF's log output (stdout, pino), copied to a file so a spec can scan it for secrets (ssl-vpn.spec.ts).
const runDir = join(tmpdir(), `gc-e2e-${port}`);
mkdirSync(runDir, { recursive: true });
process.env.E2E_BFF_LOG ??= join(runDir, 'bff.log');

export default defineConfig({
  testDir: './tests',
  outputDir: '../test-results',
  fullyParallel: false,
  // One BFF and one emulator hold shared state, and the machines have 2 cores.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], channel: undefined },
      dependencies: ['setup'],
    },
    // `pnpm screenshots` only: retakes the README's pictures into docs/ (never in `pnpm e2e`).
    ...(process.env.README_SHOTS === '1'
      ? [
          {
            name: 'readme',
            testDir: './readme',
            use: { ...devices['Desktop Chrome'], channel: undefined },
            dependencies: ['setup'],
          },
        ]
      : []),
  ],
  webServer: {
    command: `pnpm exec tsx apps/bff/src/main.ts | tee -a '${process.env.E2E_BFF_LOG}'`,
    cwd: '..',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      HOST: '127.0.0.1',
      PORT: port,
      VPC_EMULATOR_PORT: emulatorPort,
      VPC_EMULATOR_ADMIN_TOKEN: process.env.E2E_EMULATOR_ADMIN_TOKEN,
      VPC_EMULATOR_TIMING: 'timed',
      LOG_LEVEL: 'warn',
      // A fresh audit trail per run, outside the working tree's .data/.
      AUDIT_SQLITE_PATH: join(tmpdir(), `gc-e2e-${port}`, 'audit.sqlite'),
    },
  },
});
