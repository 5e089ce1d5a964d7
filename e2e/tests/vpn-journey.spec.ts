import { readFile } from 'node:fs/promises';
import {
  AUDITOR_STATE,
  EmulatorAdmin,
  expect,
  expectNoSeriousA11yIssues,
  OPERATOR_STATE,
  test,
} from '../fixtures.ts';
import { AuditPage } from '../pages/audit.page.ts';
import { DualConnectionPage } from '../pages/vpn-connections-dual.page.ts';
import { VpnDiagnosticsPage } from '../pages/vpn-diagnostics.page.ts';
import { VpnDualPage } from '../pages/vpn-gateways-dual.page.ts';
import { VpnRoutesSection } from '../pages/vpn-routes.page.ts';

// Issue 12's whole journey on one new dual-tunnel gateway: every step builds on the one before,
// from its creation to its deletion through the delete plan, and an auditor watches both ends.
const REGION = 'cn-hangzhou';
const GW = 'e2e-journey-vpn';
const CONN = 'e2e-journey-conn';
const CGWS = [
  { name: 'e2e-journey-a', ip: '198.51.100.221' },
  { name: 'e2e-journey-b', ip: '198.51.100.222' },
] as const;
const REMOTE = '192.168.220.0/24';
const REMOTE_EDITED = '192.168.220.0/24,192.168.221.0/24';
const DEST = '10.88.0.0/16';
const state = { gatewayUrl: '', connectionUrl: '', gatewayId: '', connectionId: '' };

test.beforeAll(async () => {
  await new EmulatorAdmin().send('POST', 'reset');
});

test.describe.serial('issue 12 journey: a dual-tunnel VPN from creation to deletion', () => {
  test.describe('as an operator, building it', () => {
    test.use({ storageState: OPERATOR_STATE });
    // Each VPN write waits for the gateway to apply it (3 s timed, more on a busy machine).
    test.setTimeout(150_000);

    test('1. creates a dual-tunnel gateway with two vSwitches: active', async ({ page }) => {
      const vpn = new VpnDualPage(page);
      await vpn.goto(REGION);
      await vpn.createDual({
        vpc: '支付系统VPC',
        first: 'pay-gateway-j',
        second: 'pay-app-k',
        name: GW,
      });
      await expect(vpn.row(GW)).toContainText('Dual tunnel');
      await expect(vpn.row(GW)).toContainText('Active', { timeout: 30_000 });
      await vpn.openDetail(GW);
      state.gatewayUrl = page.url();
      state.gatewayId = /vpn-gateways\/(vpn-[a-z0-9]+)/.exec(page.url())?.[1] ?? '';
      expect(state.gatewayId).not.toBe('');
    });

    test('2. a dual-tunnel connection with two customer gateways: both tunnels up', async ({
      page,
    }) => {
      const vpn = new VpnDualPage(page);
      const dual = new DualConnectionPage(page);
      for (const c of CGWS) await vpn.registerCustomerGateway(REGION, c.name, c.ip);
      await page.goto(state.gatewayUrl);
      await page.getByRole('button', { name: 'Add IPsec connection' }).click();
      await dual.fillAndCreate({
        name: CONN,
        remote: REMOTE,
        masterIp: CGWS[0].ip,
        slaveIp: CGWS[1].ip,
      });
      await dual.openConnection(CONN);
      state.connectionUrl = page.url();
      state.connectionId = /connections\/(vco-[a-z0-9]+)/.exec(page.url())?.[1] ?? '';
      await expect(dual.tunnelRow('Master')).toContainText('IPsec established', {
        timeout: 30_000,
      });
      await expect(dual.tunnelRow('Slave')).toContainText('IPsec established');
      await expect(dual.tunnelRow('Master')).toContainText('Carries traffic');
    });

    test('3. the master peer goes down: the console shows the failover', async ({
      page,
      emulator,
    }) => {
      const dual = new DualConnectionPage(page);
      await page.goto(state.connectionUrl);
      const master = await dual.tunnelId('Master');
      await emulator.send('POST', `vpn/tunnels/${master}/peer`, { up: false });
      await expect(dual.tunnelRow('Slave')).toContainText('Carries traffic', { timeout: 20_000 });
      await expect(dual.tunnelRow('Master')).toContainText('Down');
      await emulator.send('POST', `vpn/tunnels/${master}/peer`, { up: true });
      await expect(dual.tunnelRow('Master')).toContainText('Carries traffic', { timeout: 20_000 });
    });

    test('4. edits the remote subnets', async ({ page }) => {
      const dual = new DualConnectionPage(page);
      await page.goto(state.connectionUrl);
      await dual.editRemoteSubnets(REMOTE, REMOTE_EDITED);
      await expect(page.getByText('Remote: 192.168.220.0/24, 192.168.221.0/24')).toBeVisible({
        timeout: 20_000,
      });
    });

    test('5. adds a destination route via the connection and publishes it', async ({ page }) => {
      const vpn = new VpnDualPage(page);
      const routes = new VpnRoutesSection(page);
      await page.goto(state.gatewayUrl);
      await expect(vpn.headerStatus()).toContainText('Active', { timeout: 20_000 });
      await routes.addDestination(DEST, CONN);
      await expect(routes.dialog).toBeHidden();
      const row = routes.row(routes.destinations, DEST);
      await expect(row).toContainText('Not published');
      await expect(vpn.headerStatus()).toContainText('Active', { timeout: 20_000 });
      await routes.rowButton(row, 'Publish').click();
      await expect(row).toContainText('Published to the VPC', { timeout: 20_000 });
      await expect(vpn.headerStatus()).toContainText('Active', { timeout: 20_000 });
    });

    test('6. downloads the peer config: both tunnels, each with its own customer gateway', async ({
      page,
    }) => {
      const diag = new VpnDiagnosticsPage(page);
      await page.goto(state.gatewayUrl);
      const download = await diag.downloadPeerConfig(CONN);
      const text = await readFile((await download.path()) ?? '', 'utf8');
      expect(text).toContain('covers all 2 tunnels');
      expect(text.match(/^conn /gm)).toHaveLength(2);
      for (const c of CGWS) expect(text).toContain(`customer_gateway_ip = ${c.ip}`);
      expect(text).toContain(`your_subnets = ${REMOTE_EDITED}`);
      expect(text.match(/^pre_shared_key = [A-Za-z0-9_-]{16,100}$/gm)).toHaveLength(2);
    });
  });

  test.describe('as an auditor, while it runs', () => {
    test.use({ storageState: AUDITOR_STATE });

    test('sees the gateway, both tunnels and the route, and no control that changes them', async ({
      page,
    }) => {
      const dual = new DualConnectionPage(page);
      const routes = new VpnRoutesSection(page);
      await page.goto(state.gatewayUrl);
      await expect(routes.row(routes.destinations, DEST)).toContainText('Published to the VPC');
      for (const name of [/^Rename$/, /^Delete/, /^Add IPsec connection$/, /route/i]) {
        await expect(page.getByRole('button', { name })).toHaveCount(0);
      }
      await page.goto(state.connectionUrl);
      await expect(dual.tunnelRow('Master')).toContainText('Carries traffic', { timeout: 20_000 });
      await expect(dual.tunnelRow('Slave')).toBeVisible();
      await expect(dual.editButton).toHaveCount(0);
      // A write sent anyway is refused by the BFF, not just hidden.
      const refused = await page.request.delete(
        `/api/regions/${REGION}/vpn-gateways/${state.gatewayId}`,
      );
      expect(refused.status()).toBe(403);
    });
  });

  test.describe('as an operator, tearing it down', () => {
    test.use({ storageState: OPERATOR_STATE });
    test.setTimeout(150_000);

    test('7. deletes route, connection and gateway through the delete plan, then the customer gateways', async ({
      page,
    }) => {
      const vpn = new VpnDualPage(page);
      await page.goto(state.gatewayUrl);
      await expect(vpn.headerStatus()).toContainText('Active', { timeout: 20_000 });
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      const plan = vpn.dialog.getByTestId('delete-plan');
      await expect(plan.getByRole('listitem').first()).toContainText('Delete IPsec connection');
      await expect(plan.getByRole('listitem').last()).toContainText(`Delete VPN gateway ${GW}`);
      await expectNoSeriousA11yIssues(page);
      await vpn.dialog.getByRole('button', { name: 'Delete (2 steps)' }).click();
      await expect(page.getByRole('heading', { name: 'VPN gateways', level: 1 })).toBeVisible({
        timeout: 60_000,
      });
      await expect(vpn.row(GW)).toHaveCount(0, { timeout: 30_000 });
      for (const c of CGWS) await vpn.deleteCustomerGateway(REGION, c.name);
    });
  });

  test.describe('as an auditor, afterwards', () => {
    test.use({ storageState: AUDITOR_STATE });

    test('finds every step of the journey in the audit trail', async ({ page }) => {
      const audit = new AuditPage(page);
      const expected: Record<string, string[]> = {
        [state.gatewayId]: [
          'CreateVpnGateway',
          'CreateVpnRouteEntry',
          'PublishVpnRouteEntry',
          'DeleteVpnRouteEntry',
          'DeleteVpnGateway',
        ],
        [state.connectionId]: [
          'CreateVpnConnection',
          'ModifyVpnConnectionAttribute',
          'DeleteVpnConnection',
        ],
      };
      for (const [id, actions] of Object.entries(expected)) {
        await audit.goto(`?resource=${id}`);
        for (const action of actions) await expect(audit.row(action)).toContainText('Success');
      }
    });
  });
});
