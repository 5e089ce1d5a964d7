import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIndexHtml, routePreloads, withPreloads } from './route-preloads.ts';

// The shape of Vite's manifest: an entry, a shared chunk, and a route chunk importing both.
const manifest = {
  'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_shared-1.js'] },
  '_shared-1.js': { file: 'assets/shared-1.js' },
  '_list-1.js': { file: 'assets/list-1.js', imports: ['_shared-1.js'] },
  'src/app/routes/vpn-gateways.tsx': {
    file: 'assets/vpn-gateways-1.js',
    imports: ['index.html', '_list-1.js'],
  },
  'src/app/boot-list-vpn.ts': { file: 'assets/boot-lists-1.js', imports: ['_list-1.js'] },
};

describe('routePreloads', () => {
  it("preloads a list route's chunks that index.html does not load already", () => {
    expect(routePreloads(manifest, '/regions/cn-hangzhou/vpn-gateways')).toEqual([
      'assets/vpn-gateways-1.js',
      'assets/list-1.js',
      'assets/boot-lists-1.js',
    ]);
  });

  it('preloads nothing for other pages', () => {
    expect(routePreloads(manifest, '/login')).toEqual([]);
    expect(routePreloads(manifest, '/regions/cn-hangzhou/vpn-gateways/vpn-1')).toEqual([]);
  });
});

describe('createIndexHtml', () => {
  it('adds the links to the head, and serves the file as is without a manifest', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'gc-spa-'));
    writeFileSync(path.join(dist, 'index.html'), '<html><head></head><body></body></html>');
    expect(createIndexHtml(dist)('/regions/x/vpn-gateways')).toBe(
      '<html><head></head><body></body></html>',
    );
    mkdirSync(path.join(dist, '.vite'));
    writeFileSync(path.join(dist, '.vite', 'manifest.json'), JSON.stringify(manifest));
    const html = createIndexHtml(dist)('/regions/x/vpn-gateways');
    expect(html).toBe(
      withPreloads('<html><head></head><body></body></html>', [
        'assets/vpn-gateways-1.js',
        'assets/list-1.js',
        'assets/boot-lists-1.js',
      ]),
    );
    expect(html).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/boot-lists-1.js"></head>',
    );
  });
});
