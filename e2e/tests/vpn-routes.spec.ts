import {
  AUDITOR_STATE,
  EmulatorAdmin,
  expect,
  expectNoSeriousA11yIssues,
  OPERATOR_STATE,
  test,
} from '../fixtures.ts';
import { VpnPage } from '../pages/vpn.page.ts';
import { VpnRoutesSection } from '../pages/vpn-routes.page.ts';

const REGION = 'cn-hangzhou';
// The seeded single-tunnel gateway with two connections (emulator README, VPN seed and routes).
const GW = 'hz-office-vpn';
const DEST = '10.77.0.0/16';
const SOURCE = '10.10.5.0/24';

test.beforeAll(async () => {
  await new EmulatorAdmin().send('POST', 'reset');
});

test.describe.serial('as an operator, routes of a VPN gateway', () => {
  test.use({ storageState: OPERATOR_STATE });
  // Each of the four writes waits for the gateway to apply it (3 s timed, more on a busy machine).
  test.setTimeout(150_000);

  test('adds a destination route, publishes it, changes its weight, deletes it', async ({
    page,
  }) => {
    const vpn = new VpnPage(page);
    await vpn.goto(REGION);
    await vpn.openDetail(GW);
    const routes = new VpnRoutesSection(page);
    await expect(page.getByText('Routes have no IDs')).toBeVisible();
    await routes.addDestination(DEST, 'to-shanghai-office');
    await expect(routes.dialog).toBeHidden();
    const row = routes.row(routes.destinations, DEST);
    await expect(row).toContainText('Not published');
    // Every route write puts the gateway in updating until applied (REFERENCE-2 §7.1).
    await expect(vpn.headerStatus()).toContainText('Active', { timeout: 20_000 });
    // The next hop links to the connection.
    await expect(row.getByRole('link', { name: 'to-shanghai-office' })).toHaveAttribute(
      'href',
      /\/vpn-gateways\/vpn-[a-z0-9]+\/connections\/vco-[a-z0-9]+$/,
    );
    await routes.rowButton(row, 'Publish').click();
    await expect(row).toContainText('Published to the VPC', { timeout: 20_000 });
    await expect(vpn.headerStatus()).toContainText('Active', { timeout: 20_000 });
    await routes.changeWeight(row, '0 (standby)');
    await expect(routes.dialog).toBeHidden();
    await expect(row).toContainText('0 (standby)');
    await expect(vpn.headerStatus()).toContainText('Active', { timeout: 20_000 });
    await expectNoSeriousA11yIssues(page);
    // The confirmation names the route by its full key, current weight included.
    const confirm = await routes.remove(row);
    expect(confirm).toContain(`${DEST} via vco-`);
    expect(confirm).toContain('weight 0');
    await expect(row).toBeHidden({ timeout: 20_000 });
    await expect(vpn.headerStatus()).toContainText('Active', { timeout: 20_000 });
  });

  test('adds a policy route, then deletes it', async ({ page }) => {
    const vpn = new VpnPage(page);
    await vpn.goto(REGION);
    await vpn.openDetail(GW);
    const routes = new VpnRoutesSection(page);
    await routes.addPolicy({
      source: SOURCE,
      destination: DEST,
      connection: '杭州IDC主链路',
      priority: '3',
    });
    await expect(routes.dialog).toBeHidden();
    const row = routes.row(routes.policies, SOURCE);
    await expect(row).toContainText(DEST);
    // Priority 3 sorts above the seeded priority-5 route.
    await expect(routes.policies.getByRole('row').nth(1)).toContainText(SOURCE);
    await expect(vpn.headerStatus()).toContainText('Active', { timeout: 20_000 });
    await routes.remove(row);
    await expect(row).toBeHidden({ timeout: 20_000 });
  });
});

test.describe('as an auditor', () => {
  test.use({ storageState: AUDITOR_STATE });

  test('sees the routes and no control that changes them', async ({ page }) => {
    const vpn = new VpnPage(page);
    await vpn.goto(REGION);
    await vpn.openDetail(GW);
    const routes = new VpnRoutesSection(page);
    await expect(routes.row(routes.destinations, '192.168.12.0/24')).toContainText(
      'Published to the VPC',
    );
    await expect(routes.row(routes.policies, '10.10.3.0/24')).toBeVisible();
    await expect(page.getByRole('button', { name: /route/i })).toHaveCount(0);
  });
});
