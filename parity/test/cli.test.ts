import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');

async function cli(file: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const r = await run(tsx, [join(root, 'parity/src', file), ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe('pnpm parity:record and parity:check', () => {
  it('record on an embedded emulator, then check the file against another: exit 0', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'parity-')), 'rec.json');
    const recorded = await cli('cli-record.ts', ['--out', out, '--region', 'cn-hangzhou']);
    expect(recorded.code).toBe(0);
    expect(recorded.out).toMatch(/\d+ steps \(\d+ refused, as some must be\)/);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ format: 'gc-parity/1' });
    const checked = await cli('cli-check.ts', [out]);
    expect(checked).toEqual({ code: 0, out: expect.stringContaining('0 differences') });
  });

  it('refuses to create resources in a real account without --yes, before any call', async () => {
    const r = await cli('cli-record.ts', ['--endpoint', 'https://vpc.aliyuncs.com'], {
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIexample',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'example',
    });
    expect(r.code).toBe(2);
    expect(r.out).toContain('Refused: add --yes');
  });
});
