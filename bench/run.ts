// `pnpm bench`: every benchmark of issue 8 in one run, printed as one table of ratios and pairs
// measured side by side (these machines are noisy: only same-run comparisons mean anything).
//   pnpm bench [--only 1,3,5] [--quick] [--json]
// Targets are goals, printed next to the figures; nothing here asserts them.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { BENCH_ROWS, type BenchRow } from './bench-rows.ts';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const only = values.only ? new Set(values.only.split(',').map((s) => Number(s.trim()))) : undefined;
if (only && [...only].some((n) => !BENCH_ROWS.some((r) => r.id === n))) {
  console.error(`--only takes row numbers among ${BENCH_ROWS.map((r) => r.id).join(', ')}`);
  process.exit(2);
}

interface Line {
  row: BenchRow;
  result: string;
  met: string;
  raw?: unknown;
}

// The machines are shared: the load average at the start and the end says how far to trust a run.
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');
const loadAtStart = load();
const lines: Line[] = [];
for (const row of BENCH_ROWS) {
  if (only && !only.has(row.id)) continue;
  process.stderr.write(`#${row.id} ${row.measure} …\n`);
  const started = performance.now();
  try {
    const out = await row.run({ quick: values.quick });
    lines.push({ row, result: out.result, met: out.met, raw: out.raw });
  } catch (error) {
    lines.push({ row, result: `failed: ${(error as Error).message.split('\n')[0]}`, met: '—' });
  }
  process.stderr.write(`   ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

const cell = (s: string) => s.replaceAll('|', '\\|');
console.log(
  `\nGateway Console bench — ${new Date().toISOString()}, Node ${process.version}, ` +
    `${values.quick ? 'quick' : 'full'} run; load average (1/5/15 min) ${loadAtStart} at the start, ` +
    `${load()} at the end\n`,
);
console.log('| # | measure | result | target | met |');
console.log('| --- | --- | --- | --- | --- |');
for (const { row, result, met } of lines) {
  console.log(
    `| ${row.id} | ${cell(row.measure)} | ${cell(result)} | ${cell(row.target)} | ${met} |`,
  );
}
if (values.json)
  console.log(
    JSON.stringify(
      lines.map((l) => ({ id: l.row.id, ...l })),
      null,
      2,
    ),
  );
