// `pnpm soak [--ops 200] [--seed 8]`: a console session through the BFF while the emulator
// throttles 20%, fails 5% with 503 and drops 2% of answers after committing. Exit 1 on failure.
import { parseArgs } from 'node:util';
import { runSoak } from './soak/run-soak.ts';

const { values } = parseArgs({
  options: { ops: { type: 'string', default: '200' }, seed: { type: 'string', default: '8' } },
});
const ops = Number(values.ops);
const seed = Number(values.seed);
if (!Number.isInteger(ops) || ops < 1 || !Number.isInteger(seed)) {
  console.error('usage: pnpm soak [--ops N ≥ 1] [--seed integer]');
  process.exit(2);
}
const r = await runSoak({ ops, seed });
const list = (title: string, lines: string[]) => {
  console.log(`${title}: ${lines.length === 0 ? 'none' : ''}`);
  for (const l of lines.slice(0, 20)) console.log(`  - ${l}`);
  if (lines.length > 20) console.log(`  … ${lines.length - 20} more`);
};
console.log(`soak: ${r.ops} operations, seed ${seed}, ${(r.durationMs / 1000).toFixed(1)} s`);
console.log(
  `  succeeded ${r.succeeded} (${r.confirmedAfterLostAnswer} confirmed after a lost answer)`,
);
console.log(`  BFF answers: ${r.requests} — ${JSON.stringify(r.statuses)}`);
const upstream = Object.values(r.upstream).reduce((a, b) => a + b, 0);
console.log(`  upstream calls: ${upstream} — ${JSON.stringify(r.upstream)}`);
list(
  'failures reported to the user (status code RequestId)',
  r.failed.map((f) => `${f.op}: ${f.status} ${f.code ?? '?'} ${f.requestId ?? '(no RequestId)'}`),
);
list('unhandled 5xx', r.unhandled5xx);
list('failures without code or RequestId', r.unreported);
list('duplicated resources', r.duplicates);
list('final state differences', r.mismatches);
console.log(r.passed ? 'PASS' : 'FAIL');
process.exitCode = r.passed ? 0 : 1;
