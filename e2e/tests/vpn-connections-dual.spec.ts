import {
  AUDITOR_STATE,
  EmulatorAdmin,
  expect,
  expectNoSeriousA11yIssues,
  OPERATOR_STATE,
  test,
} from '../fixtures.ts';
import { DualConnectionPage } from '../pages/vpn-connections-dual.page.ts';
import { VpnPage } from '../pages/vpn.page.ts';

const REGION = 'cn-hangzhou';
// Seeded dual-tunnel gateway (two vSwitches in two zones) with no connection yet.
const GW = '支付专线备份VPN';
const CONN = 'e2e-dual';
const CGWS = [
  { name: 'e2e-dual-a', ip: '198.51.100.211' },
  { name: 'e2e-dual-b', ip: '198.51.100.212' },
];
let connectionUrl = '';

test.beforeAll(async () => {
  await new EmulatorAdmin().send('POST', 'reset');
});

test.describe.serial('as an operator, a dual-tunnel connection and its failover', () => {
  test.use({ storageState: OPERATOR_STATE });

  test('1. creates a dual-tunnel connection with two customer gateways: both tunnels up', async ({
    page,
  }) => {
    const vpn = new VpnPage(page);
    const dual = new DualConnectionPage(page);
    for (const c of CGWS) await vpn.registerCustomerGateway(REGION, c.name, c.ip);
    await vpn.goto(REGION);
    await vpn.openDetail(GW);
    await page.getByRole('button', { name: 'Add IPsec connection' }).click();
    await expect(dual.dialog.getByText(/only dual-tunnel connections/)).toBeVisible();
    await dual.pickCustomerGateway('Master', CGWS[0]?.ip ?? '');
    await dual.pickCustomerGateway('Slave', CGWS[1]?.ip ?? '');
    const key = dual.tunnelFields('Master').getByLabel(/^Pre-shared key/);
    await expect(key).toHaveAttribute('type', 'password');
    await dual.dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(CONN);
    await dual.dialog.getByRole('textbox', { name: /Remote subnets/ }).fill('192.168.210.0/24');
    await expectNoSeriousA11yIssues(page);
    await dual.dialog.getByRole('button', { name: 'Create connection' }).click();
    await expect(dual.dialog).toBeHidden();
    await dual.openConnection(CONN);
    connectionUrl = page.url();
    // Timed emulator: the gateway applies the connection in ~3 s, then both tunnels negotiate.
    await expect(dual.tunnelRow('Master')).toContainText('IPsec established', { timeout: 30_000 });
    await expect(dual.tunnelRow('Slave')).toContainText('IPsec established');
    await expect(dual.tunnelRow('Master')).toContainText('Carries traffic');
    await expect(dual.tunnelRow('Slave')).toContainText('Standby');
    await expectNoSeriousA11yIssues(page);
  });

  test('2. the master peer goes down (admin API): the slave carries traffic, then back', async ({
    page,
    emulator,
  }) => {
    const dual = new DualConnectionPage(page);
    await page.goto(connectionUrl);
    const master = await dual.tunnelId('Master');
    expect(master).toMatch(/^tun-/);
    await emulator.send('POST', `vpn/tunnels/${master}/peer`, { up: false });
    await expect(dual.tunnelRow('Slave')).toContainText('Carries traffic', { timeout: 20_000 });
    await expect(dual.tunnelRow('Master')).toContainText('Down');
    await expect(dual.tunnelRow('Master')).toContainText('IKE not established');
    await page.screenshot({ path: 'test-results/screenshots/vpn-dual-failover.png' });
    await emulator.send('POST', `vpn/tunnels/${master}/peer`, { up: true });
    await expect(dual.tunnelRow('Master')).toContainText('Carries traffic', { timeout: 20_000 });
  });

  test('3. edits the remote subnets in the same form, filled', async ({ page }) => {
    const dual = new DualConnectionPage(page);
    await page.goto(connectionUrl);
    await dual.editRemoteSubnets('192.168.210.0/24', '192.168.210.0/24,192.168.211.0/24');
    await expect(page.getByText('Remote: 192.168.210.0/24, 192.168.211.0/24')).toBeVisible({
      timeout: 20_000,
    });
  });
});

test.describe('as an auditor', () => {
  test.use({ storageState: AUDITOR_STATE });

  test('sees both tunnels and which one carries traffic, with no edit control', async ({
    page,
  }) => {
    test.skip(connectionUrl === '', 'needs the operator journey');
    const dual = new DualConnectionPage(page);
    await page.goto(connectionUrl);
    await expect(dual.tunnelRow('Master')).toContainText('Carries traffic', { timeout: 20_000 });
    await expect(dual.tunnelRow('Slave')).toBeVisible();
    await expect(dual.editButton).toHaveCount(0);
  });
});
