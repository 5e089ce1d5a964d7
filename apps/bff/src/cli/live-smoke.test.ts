import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY, startEmulator, type RunningEmulator } from '@gc/emulator';
import { liveSmoke } from './live-smoke.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timing: { mode: 'immediate' }, logger: false });
});
afterAll(() => emulator.close());

const run = async (env: NodeJS.ProcessEnv) => {
  const lines: string[] = [];
  const code = await liveSmoke(env, (l) => lines.push(l));
  return { code, lines };
};

describe('pnpm test:live', () => {
  it('skips with a clear message, and succeeds, without real credentials', async () => {
    const { code, lines } = await run({});
    expect(code).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/^test:live skipped: no real credentials/)]);
  });

  // The same code a real account would run, pointed at the emulator as its endpoint.
  it('reads every region’s VPCs and gateways from its endpoint and reports them', async () => {
    const { code, lines } = await run({
      ALIBABA_CLOUD_ACCESS_KEY_ID: DEMO_ACCESS_KEY.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEMO_ACCESS_KEY.accessKeySecret,
      VPC_ENDPOINT: emulator.url,
    });
    expect(code, lines.join('\n')).toBe(0);
    expect(lines[0]).toMatch(/^\d+ regions$/);
    const hz = lines.find((l) => l.startsWith('cn-hangzhou |')) ?? '';
    expect(hz).toContain(`| ${emulator.url} |`);
    expect(hz).toMatch(/\| [1-9]\d* \| [1-9]\d* \| [1-9]\d* \| \d+ \| ok$/);
    expect(lines.at(-1)).toBe('test:live passed');
  });
});
