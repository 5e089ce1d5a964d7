// These functions run in the browser (page.evaluate): they need the DOM types.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { EmulatorAdmin, OPERATOR_STATE, expect, test } from '../fixtures.ts';
import { PolishLookPage } from '../pages/polish-look.page.ts';

// The bulk tag changes two seed gateways: start from the seed so the rows are there.
test.beforeAll(async () => {
  await new EmulatorAdmin().send('POST', 'reset');
});

test.use({ storageState: OPERATOR_STATE, permissions: ['clipboard-read', 'clipboard-write'] });

const PAYMENTS = '支付系统出网网关';

test('copy an ID, bulk-tag two gateways, dark mode, a readable topology, the Chinese font', async ({
  page,
}) => {
  const look = new PolishLookPage(page);
  await look.gotoNat();

  // Copy: the clipboard holds exactly the row's ID, which stays on one line.
  const row = look.natRow('prod-egress-nat');
  const id = await look.copyId(row);
  expect(id).toMatch(/^ngw-/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id);
  const idText = row.getByText(id, { exact: true });
  const { height, lineHeight } = await idText.evaluate((el) => ({
    height: el.getBoundingClientRect().height,
    lineHeight: parseFloat(getComputedStyle(el).lineHeight),
  }));
  expect(height).toBeLessThan(lineHeight * 1.5);

  // Bulk tag: two ticked rows, one tag, both carry it afterwards (read back from the BFF).
  await look.tick('prod-egress-nat', PAYMENTS);
  await expect(look.bulkBar).toContainText('2 selected');
  await look.bulkTag('bulk-e2e', 'yes');
  await expect(look.bulkBar).toBeHidden();
  const api = await page.request.get('/api/regions/cn-hangzhou/nat-gateways?pageSize=100');
  const { items } = (await api.json()) as { items: { name: string; tags: { key: string }[] }[] };
  for (const name of ['prod-egress-nat', PAYMENTS]) {
    const tags = items.find((g) => g.name === name)?.tags.map((t) => t.key);
    expect(tags, name).toContain('bulk-e2e');
  }

  // Dark mode: the switch flips Mantine's scheme, and the body really turns dark.
  await look.toggleColorScheme('dark');
  const body = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r = 255, g = 255, b = 255] = body.match(/\d+/g)!.map(Number);
  expect(r + g + b).toBeLessThan(200);
  await page.screenshot({ path: 'e2e/screenshots/dark-mode.png' });
  await look.toggleColorScheme('light');

  // Topology: opens at a zoom where every node's text is at least 11 px, with its controls.
  await row.getByRole('link', { name: 'prod-egress-nat' }).click();
  await page.getByRole('link', { name: '(Topology)' }).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /zoom in/i })).toBeVisible();
  await expect(page.getByRole('button', { name: /fit view/i })).toBeVisible();
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
  await expect(page.locator('.react-flow__attribution')).toBeVisible();
  await expect.poll(() => look.smallestNodeText()).toBeGreaterThanOrEqual(11);
  await page.screenshot({ path: 'e2e/screenshots/topology-readable.png' });

  // Chinese: the seed names render in our subset face, as glyphs (two characters draw
  // differently; missing-glyph boxes would draw alike).
  await look.gotoNat();
  await look.switchToChinese();
  await expect(page.getByRole('link', { name: PAYMENTS })).toBeVisible();
  const font = await page.evaluate(async (text) => {
    await document.fonts.ready;
    const faces = [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'GC CJK');
    const draw = (c: string) => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 32;
      const ctx = canvas.getContext('2d')!;
      ctx.font = '24px "GC CJK"';
      ctx.fillText(c, 2, 26);
      return ctx.getImageData(0, 0, 32, 32).data.join(',');
    };
    return {
      loaded: faces.filter((f) => f.status === 'loaded').length,
      covers: document.fonts.check('16px "GC CJK"', text),
      distinct: draw(text[0]!) !== draw(text[1]!),
      family: getComputedStyle(document.body).fontFamily,
    };
  }, PAYMENTS);
  expect(font.loaded).toBeGreaterThan(0);
  expect(font.covers).toBe(true);
  expect(font.distinct).toBe(true);
  expect(font.family).toMatch(/^"GC CJK"/);
  await page.screenshot({ path: 'e2e/screenshots/nat-gateways-zh-font.png' });
});

test.describe('on a dark system theme', () => {
  test.use({ colorScheme: 'dark' });

  test('every page reads well, and an empty list offers its create action', async ({ page }) => {
    // About 17 page loads: generous for a busy 2-core CI machine.
    test.setTimeout(150_000);
    const look = new PolishLookPage(page);
    const HZ = '/regions/cn-hangzhou';
    // Detail paths carry generated IDs: read them from the list links.
    const details: string[] = [];
    for (const [list, name] of [
      [`${HZ}/nat-gateways`, 'prod-egress-nat'],
      [`${HZ}/vpn-gateways`, '支付专线备份VPN'],
      [`${HZ}/ipv6-gateways`, 'prod-core-ipv6gw'],
    ] as const) {
      await look.open(list);
      expect.soft(await look.unreadableInDark(), list).toEqual([]);
      details.push((await page.getByRole('link', { name }).getAttribute('href')) ?? '');
    }
    const pages = [...details, `${HZ}/vpn-gateways/customer-gateways`, '/inventory', '/audit'];
    for (const path of pages) {
      await look.open(path);
      expect.soft(await look.unreadableInDark(), path).toEqual([]);
    }
    await look.open(details[0] ?? '');
    await page.getByRole('link', { name: '(Topology)' }).click();
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    expect.soft(await look.unreadableInDark(), 'topology').toEqual([]);
    await look.open('/no-such-page');
    expect.soft(await look.unreadableInDark(), '404').toEqual([]);
    // A region the demo leaves empty: each list says so and offers its create action.
    const empty = '/regions/cn-qingdao';
    for (const [path, create] of [
      [`${empty}/nat-gateways`, 'Create NAT gateway'],
      [`${empty}/vpn-gateways`, 'Create VPN gateway'],
      [`${empty}/ipv6-gateways`, 'Create IPv6 gateway'],
      [`${empty}/vpn-gateways/customer-gateways`, 'Register customer gateway'],
    ] as const) {
      await look.open(path);
      await expect(page.getByRole('button', { name: create })).toBeVisible();
      expect.soft(await look.unreadableInDark(), path).toEqual([]);
    }
  });
});
