// Child process of bench/memory.ts: the BFF alone (the emulator runs in the parent, so this RSS
// is the BFF's), list requests in two phases, RSS after a forced GC at each mark.
// Run with: node --expose-gc --import tsx bench/memory-child.ts  (env EMULATOR_URL, MARKS)
import { startBffStack } from './lib/bff-stack.ts';
import { httpGetFirer } from './lib/load.ts';

const emulatorUrl = process.env.EMULATOR_URL;
if (!emulatorUrl) throw new Error('EMULATOR_URL is required');
const marks = (process.env.MARKS ?? '100,10000').split(',').map(Number);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const stack = await startBffStack({ emulatorUrl });
const session = await stack.login('auditor');
const concurrency = 16;
// Varied views (search, status, pages, sort): each a distinct response, the same upstream data.
const views = Array.from({ length: 64 }, (_, i) => {
  const q = i % 4 === 0 ? `&q=nat-${i}` : '';
  const sort = ['name', '-creationTime', 'status', '-name'][i % 4];
  return `/api/regions/cn-hangzhou/nat-gateways?page=${1 + (i % 3)}&pageSize=10&sort=${sort}${q}`;
});
const firers = views.map((v) => httpGetFirer(`${stack.url}${v}`, { cookie: session.cookie }, 1));
let sent = 0;
let failed = 0;
const rss: Record<string, number> = {};
const settle = async () => {
  for (let i = 0; i < 3; i += 1) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return process.memoryUsage().rss;
};
for (const mark of marks) {
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (sent < mark) {
        const i = sent;
        sent += 1;
        const firer = firers[i % firers.length];
        if (firer && !(await firer.fire().catch(() => false))) failed += 1;
      }
    }),
  );
  rss[String(mark)] = await settle();
}
await Promise.all(firers.map((f) => f.close()));
await stack.close();
console.log(JSON.stringify({ rss, sent, failed }));
