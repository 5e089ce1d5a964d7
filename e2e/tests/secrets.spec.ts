import { OPERATOR_STATE, expect, test } from '../fixtures.ts';

// The emulator's demo pair stands in for a real AccessKey: whatever the BFF holds must never reach the browser.
const SECRETS = ['GatewayConsoleDemoSecret2026', 'LTAI5tGatewayConsoleDemo'];

test.use({ storageState: OPERATOR_STATE });

test('no AccessKey ID or secret is in the SPA bundle or in API answers', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/')).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] ?? '',
  );
  expect(assets.length).toBeGreaterThan(0);
  // Lazy chunks are not in index.html: visit the pages and collect every script the browser loads.
  const loaded = new Set<string>(assets);
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/assets/')) loaded.add(path);
  });
  for (const path of [
    '/regions/cn-hangzhou/nat-gateways',
    '/regions/cn-hangzhou/vpn-gateways',
    '/regions/cn-hangzhou/ipv6-gateways',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  const bodies: string[] = [];
  for (const path of loaded) bodies.push(await (await request.get(path)).text());
  for (const path of [
    '/api/session',
    '/api/regions',
    '/api/regions/cn-hangzhou/nat-gateways',
    '/api/openapi.json',
    '/api/ready',
  ]) {
    bodies.push(await (await page.request.get(path)).text());
  }
  for (const body of bodies) {
    for (const secret of SECRETS) expect(body).not.toContain(secret);
    expect(body).not.toMatch(/AccessKeySecret/);
  }
});
