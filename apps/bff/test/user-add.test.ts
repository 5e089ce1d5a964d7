import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { userAdd } from '../src/cli/user-add.ts';
import { userRemove } from '../src/cli/user-remove.ts';
import { createFileUserStore } from '../src/auth/user-store.ts';

const cli = fileURLToPath(new URL('../src/cli/user-add.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

function run(args: string[], env: Record<string, string>, stdin?: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(tsx, [cli, ...args], {
      env: { ...process.env, BFF_USERS_FILE: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

describe('pnpm user:add', () => {
  it('adds users (password from --password-stdin), updates them, and the store accepts them', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bff-users-'));
    const file = path.join(dir, 'users.json');
    const piped = await run(
      ['alice', '--role', 'operator', '--password-stdin'],
      { BFF_USERS_FILE: file },
      'correct-horse\n',
    );
    expect(piped.stderr).toBe('');
    expect(piped.code).toBe(0);
    expect(piped.stdout).toContain('added alice (operator)');
    const flag = await run(
      ['bob', '--role', 'auditor', '--password-stdin'],
      { BFF_USERS_FILE: file },
      'battery-staple',
    );
    expect(flag.code).toBe(0);
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain('correct-horse');
    expect(JSON.parse(text).users.alice.passwordHash).toMatch(/^scrypt\$/);
    const store = createFileUserStore(file);
    expect(await store.authenticate('alice', 'correct-horse')).toBe('operator');
    expect(await store.authenticate('bob', 'battery-staple')).toBe('auditor');
    expect(await store.authenticate('bob', 'wrong-password')).toBeUndefined();
    expect(await store.authenticate('nobody', 'x')).toBeUndefined();
    const update = await run(
      ['alice', '--role', 'auditor', '--password-stdin'],
      { BFF_USERS_FILE: file },
      'new-password-1',
    );
    expect(update.stdout).toContain('updated alice (auditor)');
    expect(await store.authenticate('alice', 'new-password-1')).toBe('auditor');
  }, 60_000);

  it('fails with a clear message when BFF_USERS_FILE is missing (spawned)', async () => {
    const res = await run(['carol', '--role', 'operator', '--password-stdin'], {}, 'long-enough');
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('BFF_USERS_FILE is not set');
  }, 30_000);

  it.each([
    [['carol', '--role', 'admin'], '--role must be operator or auditor'],
    [['carol'], '--role'],
    [['--role', 'operator'], 'exactly one username'],
    [['bad name', '--role', 'operator'], 'username must be'],
    [['carol', '--role', 'operator', '--password-stdin'], 'at least 8 characters'],
    [['carol', '--bogus'], 'Unknown option'],
    [['carol', '--role', 'operator', '--password', 'long-enough'], '--password is gone'],
    [['carol', '--role', 'operator', '--password=long-enough'], '--password is gone'],
  ])('%j fails with a clear message', async (args, message) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bff-users-'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const env = { BFF_USERS_FILE: path.join(dir, 'u.json') };
      expect(await userAdd(args, env, async () => 'short')).toBe(1);
      expect(errors.mock.calls.flat().join('\n')).toContain(message);
    } finally {
      errors.mockRestore();
    }
  });
});

describe('pnpm user:add without --password-stdin', () => {
  it('refuses piped input, so a script never passes a password by accident (spawned)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bff-users-'));
    const res = await run(
      ['dave', '--role', 'operator'],
      { BFF_USERS_FILE: path.join(dir, 'u.json') },
      'long-enough\n',
    );
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('--password-stdin');
  }, 30_000);
});

describe('pnpm user:remove', () => {
  it('removes a user, and names what is wrong otherwise', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bff-users-'));
    const env = { BFF_USERS_FILE: path.join(dir, 'u.json') };
    const logs = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await userAdd(['erin', '--role', 'auditor'], env, async () => 'erin-password')).toBe(
        0,
      );
      const store = createFileUserStore(env.BFF_USERS_FILE);
      expect(await store.fingerprintOf('erin')).toBeDefined();
      expect(await userRemove(['erin'], env)).toBe(0);
      expect(await store.fingerprintOf('erin')).toBeUndefined();
      expect(await store.authenticate('erin', 'erin-password')).toBeUndefined();
      expect(await userRemove(['erin'], env)).toBe(1);
      expect(await userRemove([], env)).toBe(1);
      expect(await userRemove(['erin'], {})).toBe(1);
      const said = errors.mock.calls.flat().join('\n');
      expect(said).toContain('no user erin');
      expect(said).toContain('exactly one username');
      expect(said).toContain('BFF_USERS_FILE is not set');
    } finally {
      logs.mockRestore();
      errors.mockRestore();
    }
  }, 30_000);
});
