import {
  AUDITOR_STATE,
  EmulatorAdmin,
  expect,
  expectNoSeriousA11yIssues,
  OPERATOR_STATE,
  test,
} from '../fixtures.ts';
import { VpnDualPage } from '../pages/vpn-gateways-dual.page.ts';

const REGION = 'cn-hangzhou';
const GW = 'e2e-dual-vpn';
const IP = /^\d+\.\d+\.\d+\.\d+$/;

// Issue 12: a dual-tunnel gateway needs two vSwitches in two zones (REFERENCE-2 §1.2).
test.beforeAll(async () => {
  await new EmulatorAdmin().send('POST', 'reset');
});

test.describe.serial('dual-tunnel VPN gateways', () => {
  test.describe('as an operator', () => {
    test.use({ storageState: OPERATOR_STATE });

    test('creates a gateway with two vSwitches in two zones, which becomes active', async ({
      page,
    }) => {
      const vpn = new VpnDualPage(page);
      await vpn.goto(REGION);
      await vpn.createDual({
        vpc: '支付系统VPC',
        first: 'pay-gateway-j',
        second: 'pay-app-k',
        name: GW,
      });
      const row = vpn.row(GW);
      await expect(row).toContainText('Dual tunnel');
      await expect(row).toContainText('Active', { timeout: 30_000 });
      await expect(vpn.row('hz-office-vpn')).toContainText('Single tunnel');
      await vpn.openDetail(GW);
      await expect(vpn.attribute('Tunnel mode')).toHaveText('Dual tunnel');
      await expect(vpn.attribute('vSwitch')).toContainText('cn-hangzhou-j');
      await expect(vpn.attribute('Second vSwitch')).toContainText('cn-hangzhou-k');
      await expect(vpn.attribute('Public IP')).toHaveText(IP);
      await expect(vpn.attribute('Second tunnel IP')).toHaveText(IP);
      await expectNoSeriousA11yIssues(page);
    });
  });

  test.describe('as an auditor', () => {
    test.use({ storageState: AUDITOR_STATE });

    test('sees the dual gateway, with no create or delete control', async ({ page }) => {
      const vpn = new VpnDualPage(page);
      await vpn.goto(REGION);
      await expect(vpn.row(GW)).toContainText('Dual tunnel');
      await expect(vpn.createButton).toHaveCount(0);
      await vpn.openDetail(GW);
      await expect(vpn.attribute('Second tunnel IP')).toHaveText(IP);
      for (const name of [/^Rename$/, /^Delete/]) {
        await expect(page.getByRole('button', { name })).toHaveCount(0);
      }
    });
  });
});
