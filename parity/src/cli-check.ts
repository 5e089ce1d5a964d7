import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_ACCESS_KEY } from '@gc/emulator';
import { formatDifference } from './compare.ts';
import { credentialsFromEnv, runCli } from './cli-args.ts';
import type { Recording } from './recording.ts';
import { RECORDINGS, recordingFiles } from './recordings.ts';
import { EMULATOR_TIMING, check, freshEmulator } from './run.ts';

/**
 * `pnpm parity:check [FILE...] [--endpoint URL]`: replays each recording's scenario against a
 * fresh embedded emulator (or the endpoint given) and lists every difference; exit 1 if any.
 */
async function main(argv = process.argv.slice(2)): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv.filter((a) => a !== '--'),
    allowPositionals: true,
    options: { endpoint: { type: 'string' } },
  });
  let total = 0;
  for (const file of recordingFiles(positionals)) {
    const recording = JSON.parse(readFileSync(file, 'utf8')) as Recording;
    const embedded = values.endpoint === undefined ? await freshEmulator() : undefined;
    try {
      const target = embedded?.target ?? {
        endpoint: String(values.endpoint),
        credentials: credentialsFromEnv(process.env) ?? { ...DEMO_ACCESS_KEY },
      };
      const differences = await check(recording, target, { timing: EMULATOR_TIMING });
      console.log(
        `${join(RECORDINGS, file.split('/').at(-1) ?? file)}: ${differences.length} differences`,
      );
      for (const d of differences) console.log(`  ${formatDifference(d)}`);
      total += differences.length;
    } finally {
      await embedded?.emulator.close();
    }
  }
  return total === 0 ? 0 : 1;
}

runCli(main);
