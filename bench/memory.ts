// #7 Memory: the BFF's RSS after 10,000 list requests against after 100, measured in a child
// process (bench/memory-child.ts) so the bench harness and the emulator do not blur it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@gc/emulator';

/** RSS in MB after the first and the last mark, and the growth between them. */
export interface MemoryResult {
  rssMb: Record<string, number>;
  growthMb: number;
  requests: number;
  failed: number;
}

/** Runs the child with `marks` (default 100 and 10,000 requests) against an emulator here. */
export async function runMemoryBench(opts: { marks?: number[] } = {}): Promise<MemoryResult> {
  const marks = opts.marks ?? [100, 10_000];
  const emulator = await startEmulator({ port: 0, timing: { mode: 'immediate' }, logger: false });
  try {
    const child = spawn(
      process.execPath,
      [
        '--expose-gc',
        '--import',
        'tsx',
        fileURLToPath(new URL('memory-child.ts', import.meta.url)),
      ],
      {
        cwd: fileURLToPath(new URL('..', import.meta.url)),
        env: { ...process.env, EMULATOR_URL: emulator.url, MARKS: marks.join(',') },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const line = out.trim().split('\n').at(-1) ?? '';
    if (code !== 0) throw new Error(`memory child exited ${code}: ${out.slice(-500)}`);
    const parsed = JSON.parse(line) as {
      rss: Record<string, number>;
      sent: number;
      failed: number;
    };
    const mb = (b: number) => Math.round((b / 1048576) * 10) / 10;
    const rssMb = Object.fromEntries(Object.entries(parsed.rss).map(([k, v]) => [k, mb(v)]));
    const first = rssMb[String(marks[0])] ?? 0;
    const last = rssMb[String(marks.at(-1))] ?? 0;
    return {
      rssMb,
      growthMb: Math.round((last - first) * 10) / 10,
      requests: parsed.sent,
      failed: parsed.failed,
    };
  } finally {
    await emulator.close();
  }
}
