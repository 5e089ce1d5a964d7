/// <reference lib="dom" />
import { expect, test } from '@playwright/test';
import { OPERATOR_STATE } from '../fixtures.ts';
import { PolishWordsPage } from '../pages/polish-words.page.ts';

test.use({ storageState: OPERATOR_STATE });
// One load per page and width (16 loads); generous for a busy 2-core CI machine.
test.setTimeout(180_000);

const HZ = '/regions/cn-hangzhou';
/** Every list and one detail page of each resource, with the action that must stay reachable. */
const PAGES: { path: string; action?: RegExp }[] = [
  { path: `${HZ}/nat-gateways`, action: /Create NAT gateway|创建 NAT 网关/ },
  { path: `${HZ}/vpn-gateways`, action: /Create VPN gateway|创建 VPN 网关/ },
  { path: `${HZ}/ipv6-gateways`, action: /Create IPv6 gateway|创建 IPv6 网关/ },
  { path: '/inventory' },
  { path: '/audit' },
];
const DETAILS = [
  { list: `${HZ}/nat-gateways`, name: 'prod-egress-nat' },
  { list: `${HZ}/vpn-gateways`, name: '支付专线备份VPN' },
  { list: `${HZ}/ipv6-gateways`, name: 'prod-core-ipv6gw' },
];

test('at 1024 and 768 px nothing sticks out and the main actions are reachable', async ({
  page,
}) => {
  const shell = new PolishWordsPage(page);
  // Detail paths carry generated IDs: read them from the list links once.
  await page.setViewportSize({ width: 1280, height: 900 });
  const details: string[] = [];
  for (const d of DETAILS) {
    await shell.open(d.list);
    details.push((await page.getByRole('link', { name: d.name }).getAttribute('href')) ?? '');
  }
  for (const width of [1024, 768]) {
    await page.setViewportSize({ width, height: 900 });
    for (const p of [...PAGES, ...details.map((path) => ({ path, action: /Delete|删除/ }))]) {
      await shell.open(p.path);
      expect(await shell.overflows(), `${p.path} at ${width}px`).toEqual([]);
      if (p.action)
        await expect(page.getByRole('button', { name: p.action }).first()).toBeInViewport();
    }
    // The top bar's controls are one menu away, not clipped.
    await shell.accountMenu.click();
    await expect(page.getByRole('menuitem', { name: 'Sign out', exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
  }
});

test('in 简体中文 no page shows a raw API enum value', async ({ page }) => {
  const shell = new PolishWordsPage(page);
  await page.addInitScript(() => window.localStorage.setItem('gc.language', 'zh-CN'));
  const details: string[] = [];
  for (const p of PAGES) {
    await shell.open(p.path);
    expect(await shell.rawEnumWords(), p.path).toEqual([]);
    const d = DETAILS.find((x) => x.list === p.path);
    if (d)
      details.push((await page.getByRole('link', { name: d.name }).getAttribute('href')) ?? '');
  }
  for (const path of details) {
    await shell.open(path);
    expect(await shell.rawEnumWords(), path).toEqual([]);
  }
});
