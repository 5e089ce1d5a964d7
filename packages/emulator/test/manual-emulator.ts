import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin } from './signed-call.ts';

/**
 * One emulator for the calling test file, in manual timing (optionally advancing after N Describes) so no transition completes behind a
 * test's back; it is reset to the seed before every test, so tests do not depend on each other.
 */
export function useManualEmulator(opts: { describesToAdvance?: number } = {}): {
  readonly url: string;
  readonly adminToken: string;
} {
  const timing = { mode: 'manual' as const, ...opts };
  let emu: RunningEmulator | undefined;
  const running = (): RunningEmulator => {
    if (!emu) throw new Error('the emulator starts in beforeAll');
    return emu;
  };
  beforeAll(async () => {
    emu = await startEmulator({ logger: false, timing });
  });
  afterAll(() => emu?.close());
  beforeEach(async () => {
    await admin(running(), 'POST', 'reset');
    await admin(running(), 'PUT', 'timing', timing);
  });
  return {
    get url() {
      return running().url;
    },
    get adminToken() {
      return running().adminToken;
    },
  };
}
