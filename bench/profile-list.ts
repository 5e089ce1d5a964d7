// Profiles one BFF list route under 64 concurrent requests (issue 17's lean path). Only the
// measured window is profiled (inspector, after a warm-up): start-up and module loading stay out.
//   pnpm exec tsx bench/profile-list.ts [path] [ms] [--no-index] [--out=/tmp/prof/list.cpuprofile]
// then list the top self-time frames: node bench/lib/top-frames.mjs /tmp/prof/list.cpuprofile
// (`node --import tsx --cpu-prof …` still works, and then includes start-up.)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Session } from 'node:inspector/promises';
import { startBffStack } from './lib/bff-stack.ts';
import { httpGetFirer, runLoad } from './lib/load.ts';

const args = process.argv.slice(2);
const [path = 'ipv6-gateways', msArg = '5000'] = args.filter((a) => !a.startsWith('--'));
const out =
  args.find((a) => a.startsWith('--out='))?.slice('--out='.length) ??
  `/tmp/prof/${path}-${Date.now()}.cpuprofile`;
// --no-index: the list read and sorted per request, as before issue 17.
const stack = await startBffStack(
  args.includes('--no-index') ? { app: { regionIndex: false } } : {},
);
const firer = httpGetFirer(
  `${stack.url}/api/regions/cn-hangzhou/${path}?pageSize=20`,
  { cookie: (await stack.login('auditor')).cookie },
  64,
);
// Warm-up outside the profile: JIT, the index's first read, the agents' sockets.
await runLoad(firer.fire, { concurrency: 64, durationMs: 1000, warmupMs: 0 });
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const r = await runLoad(firer.fire, { concurrency: 64, durationMs: Number(msArg), warmupMs: 0 });
const { profile } = await session.post('Profiler.stop');
session.disconnect();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(profile));
console.log(path, r, out);
await firer.close();
await stack.close();
