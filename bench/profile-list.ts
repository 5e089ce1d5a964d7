// Profiles one BFF list route under 64 concurrent requests (issue 17's lean path): run with
//   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile-list.ts [path] [ms] [--no-index]
// then list the top self-time frames: node bench/lib/top-frames.mjs /tmp/prof/<file>.cpuprofile
import { startBffStack } from './lib/bff-stack.ts';
import { httpGetFirer, runLoad } from './lib/load.ts';

const path = process.argv[2] ?? 'ipv6-gateways';
const ms = Number(process.argv[3] ?? 5000);
// --no-index: the list read and sorted per request, as before issue 17.
const stack = await startBffStack(
  process.argv.includes('--no-index') ? { app: { regionIndex: false } } : {},
);
const firer = httpGetFirer(
  `${stack.url}/api/regions/cn-hangzhou/${path}?pageSize=20`,
  { cookie: (await stack.login('auditor')).cookie },
  64,
);
const r = await runLoad(firer.fire, { concurrency: 64, durationMs: ms, warmupMs: 500 });
console.log(path, r);
await firer.close();
await stack.close();
