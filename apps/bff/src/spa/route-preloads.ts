import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** A chunk of Vite's build manifest (`dist/.vite/manifest.json`). */
interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}
type Manifest = Record<string, ManifestChunk>;

// The SPA's lazy routes a first load most often lands on (apps/web/src/app/router.tsx), and the
// chunk of the list's boot-time prefetch (apps/web/src/app/boot-prefetch.ts). A path missing here
// only loses its head start: the router still loads the route's code.
const LIST = /^\/regions\/[^/]+\/(nat|vpn|ipv6)-gateways\/?$/;

function routeModules(pathname: string): string[] {
  const list = LIST.exec(pathname);
  if (list !== null) {
    return [`src/app/routes/${list[1]}-gateways.tsx`, `src/app/boot-list-${list[1]}.ts`];
  }
  // `/regions/:id` (and `/`, through the region redirect) open the NAT list.
  if (/^\/regions\/[^/]+\/?$/.test(pathname)) return ['src/app/routes/nat-gateways.tsx'];
  return [];
}

/**
 * The JS files (under `dist/`) a path's route needs beyond what index.html already loads: the
 * route's chunk and every chunk it imports statically, found in Vite's manifest.
 */
export function routePreloads(
  manifest: Manifest,
  pathname: string,
  extra: readonly string[] = [],
): string[] {
  const entry = Object.values(manifest).find((c) => c.isEntry === true);
  const have = new Set<string>();
  const walk = (key: string, into: Set<string>) => {
    const chunk = manifest[key];
    if (chunk === undefined || into.has(chunk.file)) return;
    into.add(chunk.file);
    for (const dep of chunk.imports ?? []) walk(dep, into);
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k] === entry);
  if (entryKey !== undefined) walk(entryKey, have);
  const need = new Set<string>();
  for (const key of [...routeModules(pathname), ...extra]) walk(key, need);
  return [...need].filter((file) => !have.has(file));
}

/** index.html with `<link rel="modulepreload">` for `files`, so they load beside the entry. */
export function withPreloads(html: string, files: readonly string[]): string {
  if (files.length === 0) return html;
  const links = files.map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`).join('');
  return html.replace('</head>', `${links}</head>`);
}

/**
 * index.html per path, with its route's code preloaded (and `extra` modules, such as the strings
 * a server-rendered page hydrates with); read again when the build changes (index.html's mtime),
 * and the same as the file when the build has no manifest.
 */
export function createIndexHtml(
  dist: string,
): (pathname: string, extra?: readonly string[]) => string {
  const indexPath = path.join(dist, 'index.html');
  const manifestPath = path.join(dist, '.vite', 'manifest.json');
  let built = -1;
  let html = '';
  let manifest: Manifest | undefined;
  const pages = new Map<string, string>();
  return (pathname, extra = []) => {
    const mtime = statSync(indexPath).mtimeMs;
    if (mtime !== built) {
      built = mtime;
      html = readFileSync(indexPath, 'utf8');
      try {
        manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
      } catch {
        manifest = undefined;
      }
      pages.clear();
    }
    if (manifest === undefined) return html;
    const key = [...routeModules(pathname), ...extra].join(',');
    let page = pages.get(key);
    if (page === undefined) {
      page = withPreloads(html, routePreloads(manifest, pathname, extra));
      pages.set(key, page);
    }
    return page;
  };
}
