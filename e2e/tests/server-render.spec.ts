import type { Page } from '@playwright/test';
import { expect, OPERATOR_STATE, test } from '../fixtures.ts';
import { SpeedWebListPage } from '../pages/speed-web.page.ts';

test.use({ storageState: OPERATOR_STATE });

/**
 * Holds the app's entry script back until `release()`: the rendered page shows, but React has not
 * taken it over. Navigate with `waitUntil: 'domcontentloaded'` (the held entry keeps "load" away).
 */
async function holdAppEntry(page: Page): Promise<() => void> {
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * The NAT list rendered by the server with the app's entry held back (see {@link holdAppEntry}):
 * its rows show, React has not taken it over. Not "load": the held entry keeps it from loading.
 */
async function heldNatList(page: Page): Promise<{ nat: SpeedWebListPage; release: () => void }> {
  const release = await holdAppEntry(page);
  await page.goto('/regions/cn-hangzhou/nat-gateways', { waitUntil: 'domcontentloaded' });
  const nat = new SpeedWebListPage(page, 'NAT gateways');
  await expect(nat.rows.first()).toBeVisible();
  return { nat, release };
}

/** Every error the page reports: a hydration that found other markup than the server's is one. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test('a gateway list arrives with its rows and turns into the working page', async ({ page }) => {
  const errors = pageErrors(page);
  const nat = new SpeedWebListPage(page, 'NAT gateways');
  const response = await page.goto('/regions/cn-hangzhou/nat-gateways');
  const html = (await response?.text()) ?? '';
  expect(html).toContain('<html lang="en" data-gc-ssr=""');
  expect(html).toMatch(/<tr[^>]+data-row-id="ngw-/);
  expect(response?.headers()['cache-control']).toBe('no-store');
  await expect(nat.rows.first()).toBeVisible();

  // Hydrated: the filter narrows as typed, a dialog opens, a row's link routes in the page.
  const [first = ''] = await nat.firstCells();
  const needle = first.trim().slice(0, 4).toLowerCase();
  await nat.search.pressSequentially(needle);
  await expect
    .poll(async () => (await nat.firstCells()).every((t) => t.toLowerCase().includes(needle)))
    .toBe(true);
  await page.getByRole('button', { name: 'Create NAT gateway' }).click();
  await expect(page.getByRole('dialog', { name: 'Create NAT gateway' })).toBeVisible();
  await page.keyboard.press('Escape');
  const link = nat.rows.first().getByRole('link').first();
  const name = (await link.innerText()).trim();
  await link.click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a choice and a click made before the page is live are done once it is', async ({ page }) => {
  const errors = pageErrors(page);
  const { release } = await heldNatList(page);
  await page.getByLabel('Language', { exact: true }).selectOption({ label: '简体中文' });
  await page.getByRole('button', { name: 'Create NAT gateway' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  release();
  // Both are done once React has the page: the language chosen, then the dialog opened.
  await expect(page.getByRole('heading', { name: 'NAT 网关', level: 1 })).toBeVisible();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a row ticked before the page is live is still ticked once it is, with its bulk actions', async ({
  page,
}) => {
  const errors = pageErrors(page);
  const { nat, release } = await heldNatList(page);
  const box = nat.rows.first().getByRole('checkbox');
  await box.check();
  release();
  const bulk = page.getByRole('region', { name: 'Bulk actions' });
  await expect(bulk.getByRole('button', { name: 'Add tag' })).toBeVisible();
  await expect(box).toBeChecked();
  await box.uncheck();
  await expect(bulk).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('text typed in the search before the page is live is searched once it is', async ({
  page,
}) => {
  const errors = pageErrors(page);
  const { nat, release } = await heldNatList(page);
  await nat.search.pressSequentially('prod');
  release();
  await expect(page).toHaveURL(/[?&]q=prod(&|$)/);
  await expect(nat.search).toHaveValue('prod');
  await expect
    .poll(async () =>
      (await nat.rows.allInnerTexts()).every((t) => t.toLowerCase().includes('prod')),
    )
    .toBe(true);
  expect(errors).toEqual([]);
});

test('a page rendered in English for a reader who chose Chinese never shows English', async ({
  page,
  context,
}) => {
  const errors = pageErrors(page);
  // Chosen in this browser, but the server has no cookie yet: it renders the page in English.
  await context.addInitScript(() => localStorage.setItem('gc.language', 'zh-CN'));
  await context.clearCookies({ name: 'gc_lang' });
  const release = await holdAppEntry(page);
  const response = await page.goto('/regions/cn-hangzhou/nat-gateways', {
    waitUntil: 'domcontentloaded',
  });
  expect(await response?.text()).toContain('<html lang="en" data-gc-ssr=""');
  // The English rows are in the page, hidden, until the app draws them again in Chinese.
  const english = page.getByRole('heading', {
    name: 'NAT gateways',
    level: 1,
    includeHidden: true,
  });
  await expect(english).toBeAttached();
  await expect(english).toBeHidden();
  release();
  await expect(page.getByRole('heading', { name: 'NAT 网关', level: 1 })).toBeVisible();
  await expect(new SpeedWebListPage(page, 'NAT 网关').rows.first()).toBeVisible();
  await expect(english).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('in Chinese and on a dark system the rendered page is the page React draws', async ({
  page,
  context,
}) => {
  const errors = pageErrors(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await context.addInitScript(() => localStorage.setItem('gc.language', 'zh-CN'));
  // The first visit tells the server the language (the boot script's cookie); the next is rendered in it.
  await page.goto('/regions/cn-hangzhou/vpn-gateways');
  const response = await page.goto('/regions/cn-hangzhou/vpn-gateways');
  const html = (await response?.text()) ?? '';
  expect(html).toContain('<html lang="zh-CN" data-gc-ssr=""');
  expect(html).toContain('VPN 网关');
  const vpn = new SpeedWebListPage(page, 'VPN 网关');
  await expect(vpn.rows.first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  // Hydrated in the dark scheme: the switch offers light.
  await expect(page.getByRole('button', { name: '切换到浅色主题' }).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('a first visit without the zone cookie is drawn by the browser, and the next by the server', async ({
  page,
  context,
}) => {
  const errors = pageErrors(page);
  await context.clearCookies({ name: 'gc_tz' });
  const first = await page.goto('/regions/cn-hangzhou/ipv6-gateways');
  expect(await first?.text()).not.toContain('id="gc-ssr"');
  const ipv6 = new SpeedWebListPage(page, 'IPv6 gateways');
  await expect(ipv6.rows.first()).toBeVisible();
  const next = await page.goto('/regions/cn-hangzhou/ipv6-gateways');
  expect(await next?.text()).toContain('id="gc-ssr"');
  await expect(ipv6.rows.first()).toBeVisible();
  expect(errors).toEqual([]);
});
