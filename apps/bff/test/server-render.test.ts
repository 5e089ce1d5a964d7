// Issue 17: the BFF renders a signed-in reader's gateway list with the web app's server build,
// from its own API answers. Built here (vite --ssr, a few seconds) since the tests run before
// `pnpm build`; the page shell is a minimal index.html, as serve-spa.test.ts does.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Agent, type Harness } from './harness.ts';

const WEB = fileURLToPath(new URL('../../web', import.meta.url));
const INDEX =
  '<!doctype html><html lang="en"><head><script>window.__boot = 1;</script></head>' +
  '<body><div id="root"></div></body></html>';

let dist: string;
let h: Harness;
let plain: Harness;
beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'web-ssr-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), INDEX);
  execFileSync(
    'pnpm',
    ['exec', 'vite', 'build', '--ssr', 'src/app/ssr/entry-server.tsx', '--outDir', `${dist}/.ssr`],
    // Vitest runs with NODE_ENV=test, which would make the JSX transform emit development calls.
    { cwd: WEB, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } },
  );
  // A generous budget: a busy test machine must not turn a slow read into a browser-only page.
  h = await startHarness({ webDist: dist, serverRender: { dataBudgetMs: 10_000 } });
  plain = await startHarness({ webDist: dist, serverRender: false });
}, 120_000);
afterAll(async () => {
  await h.close();
  await plain.close();
});

/** GET of a page with the reader's preference cookies beside the agent's session cookie. */
async function page(a: Agent, url: string, cookies = 'gc_tz=UTC', headers = {}) {
  const session = a.cookie;
  a.cookie = [session, cookies].filter(Boolean).join('; ');
  try {
    return await a.get(url, { headers });
  } finally {
    a.cookie = session;
  }
}

/** The state the page hands to its hydration (the JSON in `#gc-ssr`). */
function stateOf(html: string): { queries: { queries: { queryKey: unknown[] }[] } } {
  const json = /<script type="application\/json" id="gc-ssr">(.*?)<\/script>/s.exec(html)?.[1];
  if (json === undefined) throw new Error('no #gc-ssr state in the page');
  return JSON.parse(json) as never;
}

const rowIds = (html: string) => [...html.matchAll(/data-row-id="([^"]+)"/g)].map((m) => m[1]);

describe('server rendering of the gateway lists', () => {
  it.each([
    ['nat-gateways', 'ngw-'],
    ['vpn-gateways', 'vpn-'],
    ['ipv6-gateways', 'ipv6gw-'],
  ])(
    'sends /regions/cn-hangzhou/%s with its rows, its data and nothing cached',
    async (list, id) => {
      const operator = await h.operator();
      const res = await page(operator, `/regions/cn-hangzhou/${list}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.text).toContain('<html lang="en" data-gc-ssr=""');
      const ids = rowIds(res.text);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.every((r) => r?.startsWith(id))).toBe(true);
      // The same rows as the API gives the browser, under the keys the page reads.
      const api = await operator.get<{ items: { id: string }[] }>(
        `/api/regions/cn-hangzhou/${list}`,
      );
      expect(ids).toEqual(api.body.items.map((g) => g.id).slice(0, ids.length));
      const keys = stateOf(res.text).queries.queries.map((q) => q.queryKey[0]);
      expect(keys).toEqual(expect.arrayContaining(['session', 'regions']));
      expect(res.text).not.toContain('</script><script'); // the state cannot end its script early
    },
  );

  it('renders what the reader may do: an auditor gets no create button', async () => {
    const operator = await page(await h.operator(), '/regions/cn-hangzhou/nat-gateways');
    const auditor = await page(await h.auditor(), '/regions/cn-hangzhou/nat-gateways');
    expect(operator.text).toMatch(/>Create NAT gateway</);
    expect(auditor.text).not.toMatch(/>Create NAT gateway</);
    expect(rowIds(auditor.text)).toEqual(rowIds(operator.text));
  });

  it("renders in the reader's language and time zone", async () => {
    const a = await h.operator();
    const en = await page(a, '/regions/cn-hangzhou/nat-gateways', 'gc_tz=UTC');
    const zh = await page(a, '/regions/cn-hangzhou/nat-gateways', 'gc_tz=UTC; gc_lang=zh-CN');
    expect(zh.text).toContain('<html lang="zh-CN" data-gc-ssr=""');
    expect(zh.text).toContain('NAT 网关');
    const byAccept = await page(a, '/regions/cn-hangzhou/nat-gateways', 'gc_tz=UTC', {
      'accept-language': 'zh-CN,zh;q=0.9',
    });
    expect(byAccept.text).toContain('<html lang="zh-CN"');
    // Creation times: the same instants, eight hours apart on the clock face.
    const shanghai = await page(a, '/regions/cn-hangzhou/nat-gateways', 'gc_tz=Asia/Shanghai');
    const times = (html: string) => [...html.matchAll(/\d{1,2}:\d{2}\s?[AP]M/g)].map((m) => m[0]);
    expect(times(shanghai.text)).not.toEqual(times(en.text));
  });

  it('leaves the page to the browser without a zone, signed out, elsewhere, or when turned off', async () => {
    const operator = await h.operator();
    const cases = [
      await operator.get('/regions/cn-hangzhou/nat-gateways'), // no gc_tz cookie yet
      await page(operator, '/regions/cn-hangzhou/nat-gateways', 'gc_tz=Not/AZone'),
      await page(h.agent(), '/regions/cn-hangzhou/nat-gateways'),
      await page(operator, '/regions/cn-hangzhou/nat-gateways/ngw-unknown'),
      await page(operator, '/regions/no-such-region/nat-gateways'),
      await page(await plain.operator(), '/regions/cn-hangzhou/nat-gateways'),
    ];
    for (const res of cases) {
      expect(res.status).toBe(200);
      expect(res.text).toBe(INDEX);
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
  });
});
