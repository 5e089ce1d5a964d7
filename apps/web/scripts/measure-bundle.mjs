// Prints the gzip size of the JS a page loads first: the entry's static import graph plus the
// route chunk's (lazy chunks opened later, such as the create dialog, are not counted).
// Usage: node scripts/measure-bundle.mjs [route-chunk-prefix]   (after `vite build`)
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const assets = join(dist, 'assets');
const route = process.argv[2] ?? 'nat-gateways-';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = html.match(/src="\/assets\/([^"]+\.js)"/)?.[1];
// A shared chunk can carry the same name as the route (`vpn-gateways-*.js` for the VPN contracts):
// the route is the one Vite's manifest lists as a lazily imported module.
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const lazyFiles = new Set(
  Object.values(manifest)
    .filter((chunk) => chunk.isDynamicEntry === true)
    .map((chunk) => chunk.file.replace(/^assets\//, '')),
);
const matches = readdirSync(assets).filter((f) => f.startsWith(route) && f.endsWith('.js'));
const routeChunk = matches.find((f) => lazyFiles.has(f)) ?? matches[0];
if (!entry || !routeChunk) throw new Error(`entry or route chunk ${route}* not found`);

const seen = new Set();
const visit = (file) => {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(join(assets, file), 'utf8');
  // Static imports only: `import{...}from"./x.js"` and `import"./x.js"`, not `import("./x.js")`.
  for (const m of code.matchAll(
    /(?:^|[;}\s])import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+\.js)["']/g,
  )) {
    visit(m[1]);
  }
};
visit(entry);
visit(routeChunk);
let total = 0;
for (const file of [...seen].sort()) {
  const gz = gzipSync(readFileSync(join(assets, file))).length;
  total += gz;
  console.log(`${(gz / 1024).toFixed(2).padStart(8)} KB  ${file}`);
}
console.log(`${(total / 1024).toFixed(2).padStart(8)} KB  total initial JS (gzip) for ${route}*`);
