import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';

/** Sends `target` byte for byte (fetch would normalise it); answers the status and the body. */
function rawGet(base: string, target: string): Promise<{ status: number; text: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path: target }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end();
  });
}

let h: Harness;
let bare: Harness;
beforeAll(async () => {
  const dist = await mkdtemp(path.join(tmpdir(), 'web-dist-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  await writeFile(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  await writeFile(path.join(dist, 'favicon.svg'), '<svg/>');
  h = await startHarness({ webDist: dist });
  bare = await startHarness({ webDist: path.join(dist, 'missing') });
});
afterAll(async () => {
  await h.close();
  await bare.close();
});

describe('built SPA', () => {
  it('serves hashed assets with a one-year immutable cache', async () => {
    const res = await h.agent().get('/assets/index-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await h.agent().get('/assets/missing.js')).status).toBe(404);
  });

  it('serves index.html uncached, also as the fallback of client routes', async () => {
    for (const url of ['/', '/cn-hangzhou/nat-gateways/ngw-1?page=2']) {
      const res = await h.agent().get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.text).toContain('id="root"');
    }
    expect((await h.agent().get('/favicon.svg')).headers.get('cache-control')).toBe('no-cache');
  });

  it('never answers API misses with the SPA', async () => {
    const res = await h.agent().get('/api/not-a-route');
    expect(res.status).toBe(401);
    expect(res.text).not.toContain('root');
  });

  it('answers 400/404 to paths that try to leave dist, with no error log and no stack', async () => {
    const targets = [
      '/assets/..%2f..%2fpackage.json',
      '/assets/..%2F..%2Findex.html',
      '/assets/%2e%2e/index.html',
      '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/assets/..%5c..%5cpackage.json',
      '/assets/../index.html',
      '/assets/..',
      '/assets/index-abc123.js%00',
      '/assets/%00',
      '/assets/%E0%A4%A',
      '/assets/%',
      '/assets/%c0%ae%c0%ae/index.html',
      '/..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/package.json',
      '/favicon.svg%00',
      '/regions/%E0%A4%A',
      '/assets/',
    ];
    for (const target of targets) {
      h.logs.length = 0;
      const res = await rawGet(h.url, target);
      expect([400, 404], target).toContain(res.status);
      expect(res.text, target).not.toContain('root');
      expect(res.text, target).not.toContain('"name"');
      const lines = h.logs.map((l) => JSON.parse(l) as { level: number; err?: unknown });
      for (const line of lines) {
        expect(line.level, target).toBeLessThanOrEqual(40);
        expect(JSON.stringify(line), target).not.toMatch(/"stack"|\bat .+:\d+:\d+/);
      }
    }
    // The guard does not touch what is legitimately served.
    expect((await rawGet(h.url, '/assets/index-abc123.js')).status).toBe(200);
    expect((await rawGet(h.url, '/regions/cn-hangzhou/nat-gateways?q=..%2f')).status).toBe(200);
  });

  it('says to run pnpm build when there is no build', async () => {
    const res = await bare.agent().get('/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('pnpm build');
  });
});
