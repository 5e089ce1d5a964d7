import { DEMO_ACCESS_KEY, startEmulator } from '@gc/emulator';
import type { RunningEmulator } from '@gc/emulator';
import { compareRecording } from './compare.ts';
import type { Difference } from './compare.ts';
import type { Target } from './raw-call.ts';
import type { Recording } from './recording.ts';
import { SCENARIO, runScenario } from './scenario.ts';
import type { ScenarioOptions } from './scenario.ts';
import { ScenarioSession } from './session.ts';
import type { WaitTiming } from './session.ts';

/** How a run goes: where, which region, how it waits. */
export interface RunOptions extends ScenarioOptions {
  regionId: string;
  timing?: Partial<WaitTiming>;
}

const DEFAULT_TIMING: WaitTiming = { pollMs: 2000, timeoutMs: 10 * 60_000 };

/** Runs the scenario against `target` and returns it as a recording. */
export async function record(target: Target, options: RunOptions): Promise<Recording> {
  const session = new ScenarioSession(target, options.regionId, {
    ...DEFAULT_TIMING,
    ...options.timing,
  });
  await runScenario(session, options);
  return {
    format: 'gc-parity/1',
    scenario: SCENARIO,
    source: /\.aliyuncs\.com(?::\d+)?\/?$/.test(new URL(target.endpoint).host)
      ? 'alibaba-cloud'
      : 'emulator',
    regionId: options.regionId,
    recordedAt: new Date().toISOString(),
    steps: session.steps,
  };
}

/** Replays a recording's scenario against `target` and lists every difference. */
export async function check(
  recording: Recording,
  target: Target,
  options: Omit<RunOptions, 'regionId'> = {},
): Promise<Difference[]> {
  if (recording.scenario !== SCENARIO) {
    return [
      {
        step: '-',
        field: 'scenario',
        recorded: recording.scenario,
        replayed: SCENARIO,
      },
    ];
  }
  const replay = await record(target, { ...options, regionId: recording.regionId });
  return compareRecording(recording, replay.steps);
}

/**
 * A fresh emulator for one run: manual timing that completes each transition on the second
 * Describe, so the transitional status is always seen once and runs are repeatable.
 */
export async function freshEmulator(): Promise<{ emulator: RunningEmulator; target: Target }> {
  const emulator = await startEmulator({
    host: '127.0.0.1',
    port: 0,
    logger: false,
    timing: { mode: 'manual', describesToAdvance: 2 },
  });
  return { emulator, target: { endpoint: emulator.url, credentials: { ...DEMO_ACCESS_KEY } } };
}

/** Poll timing for an emulator run: no reason to wait between Describes. */
export const EMULATOR_TIMING: Partial<WaitTiming> = { pollMs: 0, timeoutMs: 30_000 };
