// `pnpm fuzz [--requests 10000] [--seed 2026]`: fast-check-generated malformed requests against
// the BFF and the emulator (half each). Passes with no crash, no 5xx and every 4xx a clear error
// body. Exit 1 on failure; failures are grouped by reason with one replayable example each.
import { parseArgs } from 'node:util';
import { runFuzz } from './fuzz/run-fuzz.ts';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '2026' },
  },
});
const requests = Number(values.requests);
const seed = Number(values.seed);
if (!Number.isInteger(requests) || requests < 2 || !Number.isInteger(seed)) {
  console.error('usage: pnpm fuzz [--requests N ≥ 2] [--seed integer]');
  process.exit(2);
}
const r = await runFuzz({ requests, seed });
console.log(
  `fuzz: ${r.sent.bff + r.sent.emulator} requests, seed ${seed}, ${(r.durationMs / 1000).toFixed(1)} s`,
);
for (const target of ['bff', 'emulator'] as const) {
  console.log(
    `  ${target}: ${r.sent[target]} sent — statuses ${JSON.stringify(r.statuses[target])}`,
  );
}
const groups = new Map<string, { count: number; example: string }>();
for (const f of r.failures) {
  const key = `${f.target}: ${f.reason.slice(0, 90)}`;
  const g = groups.get(key) ?? { count: 0, example: f.request };
  g.count += 1;
  groups.set(key, g);
}
console.log(`failures: ${r.failures.length}${r.failures.length ? '' : ' (none)'}`);
for (const [key, g] of groups)
  console.log(`  ${g.count}× ${key}\n      e.g. ${g.example.slice(0, 400)}`);
console.log(`crashes: ${r.crashes.length}${r.crashes.length ? '' : ' (none)'}`);
for (const c of r.crashes.slice(0, 10)) console.log(`  ${c}`);
console.log(r.passed ? 'PASS' : 'FAIL');
process.exitCode = r.passed ? 0 : 1;
