import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startTestIdp, type TestIdp } from '../apps/bff/src/auth/oidc/test-idp.fixture.ts';

/** A second console (demo data, its own emulator and trail) signing users in through a test IdP. */
export interface OidcConsole {
  url: string;
  idp: TestIdp;
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

async function waitUntilUp(url: string, bff: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (bff.exitCode !== null) throw new Error(`the OIDC console exited (${bff.exitCode})`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the OIDC console did not start within 60 s');
}

/** Starts the IdP, then the console with `OIDC_*` pointing at it and the local form off. */
export async function startOidcConsole(providerName: string): Promise<OidcConsole> {
  const idp = await startTestIdp();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const client = { clientId: 'gateway-console', clientSecret: 'e2e-client-secret-not-secret' };
  idp.register([
    {
      ...client,
      redirectUri: `${url}/api/auth/oidc/callback`,
      postLogoutRedirectUri: `${url}/login`,
    },
  ]);
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    VPC_EMULATOR_TIMING: 'immediate',
    AUDIT_SQLITE_PATH: join(mkdtempSync(join(tmpdir(), 'gc-e2e-oidc-')), 'audit.sqlite'),
    LOCAL_LOGIN: 'off',
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: client.clientId,
    OIDC_CLIENT_SECRET: client.clientSecret,
    OIDC_SCOPES: 'openid profile email groups',
    OIDC_OPERATOR_VALUES: 'ops,netadmins',
    OIDC_AUDITOR_VALUES: 'auditors',
    OIDC_NAME: providerName,
  };
  // Its own process group, so stopping it also stops tsx's child.
  const bff = spawn('pnpm', ['exec', 'tsx', 'apps/bff/src/main.ts'], {
    cwd: resolve(import.meta.dirname, '..'),
    env,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = async () => {
    if (bff.pid !== undefined && bff.exitCode === null) {
      const exited = new Promise((r) => bff.once('exit', r));
      process.kill(-bff.pid, 'SIGTERM');
      await exited;
    }
    await idp.close();
  };
  try {
    await waitUntilUp(url, bff);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, idp, stop };
}
