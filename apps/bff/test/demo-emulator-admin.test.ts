import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN_HEADER } from '@gc/emulator';
import { startBff } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config.ts';

// Issue 15: the demo's embedded emulator takes its admin token from VPC_EMULATOR_ADMIN_TOKEN (e2e
// and scripts set it), else makes one; without it, a page in the demo machine's browser is refused.
const dir = mkdtempSync(join(tmpdir(), 'gc-demo-admin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function demo(env: Record<string, string>) {
  const config = loadConfig({ PORT: '0', VPC_EMULATOR_TIMING: 'immediate', ...env });
  return startBff(config, {
    env: { AUDIT_SQLITE_PATH: join(dir, `${Object.keys(env).length}.sqlite`) },
    logDestination: { write: () => undefined },
  });
}

const health = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/_emulator/health`, { headers }).then((r) => r.status);

describe('demo mode: the embedded emulator admin token', () => {
  it('uses VPC_EMULATOR_ADMIN_TOKEN when set, and refuses calls without it', async () => {
    const token = 'e2e-admin-token-0123456789';
    const bff = await demo({ VPC_EMULATOR_ADMIN_TOKEN: token });
    try {
      const url = bff.emulatorUrl ?? '';
      expect(bff.emulatorAdminToken).toBe(token);
      expect(await health(url, { [ADMIN_TOKEN_HEADER]: token })).toBe(200);
      expect(await health(url)).toBe(401);
      expect(await health(url, { [ADMIN_TOKEN_HEADER]: 'not-the-token-0123456789' })).toBe(401);
    } finally {
      await bff.close();
    }
  });

  it('makes a random token per start otherwise', async () => {
    const bff = await demo({});
    try {
      const token = bff.emulatorAdminToken ?? '';
      expect(token).toMatch(/^[\w-]{43}$/);
      expect(await health(bff.emulatorUrl ?? '', { [ADMIN_TOKEN_HEADER]: token })).toBe(200);
    } finally {
      await bff.close();
    }
  });

  it('names the variable when the token is unusable', () => {
    expect(() => loadConfig({ VPC_EMULATOR_ADMIN_TOKEN: 'short' })).toThrow(
      /VPC_EMULATOR_ADMIN_TOKEN: must be 16 or more/,
    );
  });
});
