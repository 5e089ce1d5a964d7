// #5a Initial JS of the NAT list page (gzip), from apps/web/dist (built here when missing), as
// apps/web/scripts/measure-bundle.mjs counts it: entry + static imports + the route chunk.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The built SPA served by the BFF (`BENCH_WEB_DIST`: another build, to compare two side by side). */
export const WEB_DIST = process.env.BENCH_WEB_DIST ?? `${ROOT}apps/web/dist`;

/** Builds apps/web when its dist has no index.html. */
export function ensureWebBuild(): void {
  if (existsSync(`${WEB_DIST}/index.html`)) return;
  execFileSync('pnpm', ['--filter', '@gc/web', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

/** Gzip KB of the list page's initial JS, per the web app's own measuring script. */
export function measureListBundleKb(): number {
  ensureWebBuild();
  const out = execFileSync(
    process.execPath,
    [`${ROOT}apps/web/scripts/measure-bundle.mjs`, 'nat-gateways-'],
    { encoding: 'utf8' },
  );
  const total = /([\d.]+) KB\s+total initial JS/.exec(out)?.[1];
  if (!total) throw new Error(`measure-bundle.mjs printed no total:\n${out}`);
  return Number(total);
}
