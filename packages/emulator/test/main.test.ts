import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

// `pnpm emulator` as a user runs it: the banner names the admin token, and the token works.
describe('pnpm emulator', () => {
  it('prints the admin token at start, and the admin API takes it', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--port', '0'], {
      env: { ...process.env, VPC_EMULATOR_ADMIN_TOKEN: undefined },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const banner = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString('utf8');
          if (out.includes('/_emulator/health')) resolve(out);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const [, token, url] =
        /X-Emulator-Admin-Token: ([\w-]+)' (http:\/\/\S+)\/_emulator\/health/.exec(banner) ?? [];
      expect(token).toMatch(/^[\w-]{43}$/);
      const health = (path: string, headers: Record<string, string>) =>
        fetch(`${url}/_emulator/${path}`, { headers }).then((r) => r.status);
      expect(await health('health', { 'x-emulator-admin-token': token ?? '' })).toBe(200);
      expect(await health('state', {})).toBe(401);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
