import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
// The audit trail goes to a temp file, never the working tree's .data/.
const auditDir = mkdtempSync(join(tmpdir(), 'gc-main-test-'));
afterAll(() => rmSync(auditDir, { recursive: true, force: true }));

function start(env: Record<string, string>) {
  // One process with tsx as a loader, so signals reach the BFF itself (the tsx CLI adds a parent).
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      AUDIT_SQLITE_PATH: join(auditDir, 'audit.sqlite'),
      ...env,
    },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, exited, out: () => out, err: () => err };
}

describe('main.ts', () => {
  it('stops on a bad config with a message naming the variable', async () => {
    const p = start({ PORT: 'eighty' });
    expect(await p.exited).toBe(1);
    expect(p.err()).toContain('PORT:');
  }, 30_000);

  it.each([
    [{ ALIBABA_CLOUD_ACCESS_KEY_ID: '' }, 'ALIBABA_CLOUD_ACCESS_KEY_ID: is set but empty'],
    [{ ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'x' }, 'ALIBABA_CLOUD_ACCESS_KEY_ID: is required'],
    [{ HOST: '0.0.0.0' }, 'HOST: the demo listens on loopback only'],
  ])(
    'refuses to start a demo by accident (%j)',
    async (env, message) => {
      const p = start({ PORT: '0', ...env });
      expect(await p.exited).toBe(1);
      expect(p.err()).toContain(message);
      expect(p.out()).not.toContain('Gateway Console');
    },
    30_000,
  );

  it('stops with a clear message when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = String((blocker.address() as AddressInfo).port);
    try {
      const p = start({ PORT: port });
      expect(await p.exited).toBe(1);
      expect(p.err()).toContain(`Cannot listen on 127.0.0.1:${port}: the address is in use`);
      expect(p.err()).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  }, 30_000);

  it('starts the demo (embedded emulator) and shuts down gracefully on SIGTERM', async () => {
    const p = start({ PORT: '0', VPC_EMULATOR_TIMING: 'immediate', BFF_WEB_DIST: '/nonexistent' });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start: ${p.err()}`)), 25_000);
      const poll = setInterval(() => {
        const m = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(p.out());
        if (m?.[1]) {
          clearInterval(poll);
          clearTimeout(timer);
          resolve(m[1]);
        }
      }, 50);
    });
    const login = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'auditor', password: 'auditor' }),
    });
    expect(await login.json()).toMatchObject({ role: 'auditor', demo: true });
    expect(p.err()).toContain('DEMO MODE');
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    expect(p.out()).toContain('shutting down');
  }, 40_000);
});
