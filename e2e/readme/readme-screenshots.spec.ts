// `pnpm screenshots`: retakes the README's pictures (docs/*.png) from the demo data, as a new user
// sees it at 1440 × 900. Not part of `pnpm e2e` or CI: the project exists only with
// README_SHOTS=1 (e2e/playwright.config.ts), so a test run never rewrites tracked files.
import { EmulatorAdmin, OPERATOR_STATE, expect, test } from '../fixtures.ts';

const REGION = '/regions/cn-hangzhou';
const shot = (name: string) => ({ path: `docs/${name}.png`, animations: 'disabled' as const });

test.use({ storageState: OPERATOR_STATE, viewport: { width: 1440, height: 900 } });

test.beforeAll(async () => {
  await new EmulatorAdmin().send('POST', 'reset');
});

test('NAT list and detail, a dual-tunnel VPN gateway, topology, inventory, dark mode', async ({
  page,
}) => {
  await page.goto(`${REGION}/nat-gateways`);
  const nat = page.getByRole('row').filter({ hasText: 'prod-egress-nat' });
  await expect(nat).toBeVisible();
  await page.screenshot(shot('nat-gateways'));

  await nat.getByRole('link', { name: 'prod-egress-nat' }).click();
  await expect(page.getByRole('heading', { name: 'prod-egress-nat' })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.screenshot({ ...shot('nat-gateway-detail'), fullPage: true });

  // The topology of the gateway's VPC, as it opens (readable without zooming).
  await page.getByRole('link', { name: '(Topology)' }).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.locator('.react-flow__minimap-node').first()).toBeAttached();
  await page.waitForTimeout(800); // the viewport's opening animation
  await page.screenshot(shot('topology'));

  // A dual-tunnel gateway with a dual-tunnel connection (seed data of cn-shanghai).
  await page.goto('/regions/cn-shanghai/vpn-gateways');
  await page
    .getByRole('row')
    .filter({ hasText: 'sh-branch-vpn' })
    .getByRole('link', { name: 'sh-branch-vpn' })
    .click();
  await expect(page.getByRole('heading', { name: 'sh-branch-vpn' })).toBeVisible();
  await expect(page.getByText('Dual tunnel').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'suzhou-factory' }).first()).toBeVisible();
  await page.screenshot({ ...shot('vpn-gateway-dual'), fullPage: true });

  await page.goto('/inventory');
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.screenshot(shot('inventory'));

  // Dark mode follows the system setting.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${REGION}/nat-gateways`);
  await expect(nat).toBeVisible();
  await page.screenshot(shot('dark-mode'));
});
