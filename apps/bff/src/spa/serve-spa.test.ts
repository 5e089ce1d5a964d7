import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../test/harness.ts';
import { inlineScriptHashes } from './inline-script-hashes.ts';

const BOOT = 'window.__early = fetch("/api/session");';
let h: Harness;
beforeAll(async () => {
  const dist = await mkdtemp(path.join(tmpdir(), 'web-dist-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(
    path.join(dist, 'index.html'),
    `<!doctype html><head><script>${BOOT}</script>` +
      '<script type="module" src="/assets/index-1.js"></script></head><div id="root"></div>',
  );
  h = await startHarness({ webDist: dist });
});
afterAll(async () => h.close());

describe('serveSpa: the boot script and the CSP', () => {
  it("allows index.html's inline script by its hash, on every page, and nothing else inline", async () => {
    const [hash] = inlineScriptHashes(`<script>${BOOT}</script>`);
    for (const url of ['/', '/login', '/regions/cn-hangzhou/nat-gateways?pageSize=100']) {
      const res = await h.agent().get(url);
      const scriptSrc = res.headers
        .get('content-security-policy')
        ?.split(';')
        .find((d) => d.startsWith('script-src'));
      expect(scriptSrc).toBe(`script-src 'self' ${hash}`);
    }
  });

  it('keeps the plain policy on API answers', async () => {
    const res = await h.agent().get('/api/session');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self';");
  });
});
