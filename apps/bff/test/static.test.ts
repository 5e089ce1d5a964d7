import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';

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

  it('says to run pnpm build when there is no build', async () => {
    const res = await bare.agent().get('/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('pnpm build');
  });
});
