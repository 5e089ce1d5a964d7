import { AUDITOR_STATE, expect, test } from '../fixtures.ts';
import { SpeedWebListPage } from '../pages/speed-web.page.ts';

test.use({ storageState: AUDITOR_STATE });

test('every gateway list says how fresh it is, and filters on each keystroke', async ({ page }) => {
  const nat = new SpeedWebListPage(page, 'NAT gateways');
  await nat.goto('/regions/cn-hangzhou/nat-gateways');
  await expect(nat.freshness).toHaveText(/^Updated (just now|\d+ s ago)$/);

  // Type part of the first gateway's name one key at a time: each key narrows the rows at once,
  // the URL follows when typing settles, and every row left on screen matches.
  const [first = ''] = await nat.firstCells();
  const needle = first.trim().slice(0, 3).toLowerCase();
  await nat.search.pressSequentially(needle);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(needle)}(&|$)`));
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
  await expect
    .poll(async () => (await nat.firstCells()).every((t) => t.toLowerCase().includes(needle)))
    .toBe(true);
  await nat.search.clear();
  await expect(page).not.toHaveURL(/[?&]q=/);

  await nat.refresh.click();
  await expect(nat.freshness).toHaveText('Updated just now');

  // The kit gives the VPN and IPv6 lists the same.
  for (const [path, heading] of [
    ['/regions/cn-hangzhou/vpn-gateways', 'VPN gateways'],
    ['/regions/cn-hangzhou/ipv6-gateways', 'IPv6 gateways'],
  ] as const) {
    const list = new SpeedWebListPage(page, heading);
    await list.goto(path);
    await expect(list.freshness).toBeVisible();
  }
});
