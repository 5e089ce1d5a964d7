// Top self-time frames of a V8 .cpuprofile (node --cpu-prof), as percentages of all samples.
//   node bench/lib/top-frames.mjs <file.cpuprofile> [count] [--by-module]
import { readFileSync } from 'node:fs';

const [file, countArg, mode] = process.argv.slice(2);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const hits = new Map();
for (const id of prof.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const self = new Map();
for (const [id, count] of hits) {
  const { functionName, url, lineNumber } = byId.get(id).callFrame;
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  const where = pkg ? pkg[1] : url.replace(/^.*\/(apps|packages|bench)\//, '$1/') || '(native)';
  const key =
    mode === '--by-module' ? where : `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + count);
}
const total = prof.samples.length;
for (const [key, count] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(countArg ?? 20))) {
  console.log(`${((count / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
}
