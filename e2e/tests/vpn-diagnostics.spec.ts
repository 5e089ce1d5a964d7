import { readFile } from 'node:fs/promises';
import {
  AUDITOR_STATE,
  EmulatorAdmin,
  expect,
  expectNoSeriousA11yIssues,
  OPERATOR_STATE,
  test,
} from '../fixtures.ts';
import { VpnDiagnosticsPage } from '../pages/vpn-diagnostics.page.ts';

const REGION = 'cn-hangzhou';
// Seeded (emulator README, VPN seed): a single-tunnel gateway with two up connections.
const GW = 'hz-office-vpn';
const CONN = 'to-shanghai-office';
const CGW_IP = '203.0.113.10';

test.beforeAll(async () => {
  await new EmulatorAdmin().send('POST', 'reset');
});

test.describe.serial('VPN diagnostics', () => {
  test.describe('as an operator', () => {
    test.use({ storageState: OPERATOR_STATE });

    test('runs a diagnosis of a seeded connection and sees every check', async ({ page }) => {
      const diag = new VpnDiagnosticsPage(page);
      await diag.openGateway(REGION, GW);
      await diag.diagnose(CONN);
      await expect(diag.results).toBeVisible({ timeout: 20_000 });
      await expect(diag.results.getByRole('row')).toHaveCount(7);
      await expect(diag.check('IPsec connection quota')).toContainText('2 / 10');
      await expect(diag.check('Reachability of the customer gateway')).toContainText('Normal');
      await expect(diag.check('Configuration and negotiation')).toContainText('Normal');
      await expectNoSeriousA11yIssues(page);
    });

    test('downloads the peer config of the connection (single tunnel here), key included', async ({
      page,
    }) => {
      const diag = new VpnDiagnosticsPage(page);
      await diag.openGateway(REGION, GW);
      const download = await diag.downloadPeerConfig('192.168.10.0/24');
      const text = await readFile((await download.path()) ?? '', 'utf8');
      expect(text).toContain(`customer_gateway_ip = ${CGW_IP}`);
      expect(text).toContain('your_subnets = 192.168.10.0/24,192.168.11.0/24');
      expect(text).toContain('alibaba_cloud_subnets = 10.10.0.0/16');
      expect(text).toContain('covers its tunnel');
      expect(text.match(/^conn /gm)).toHaveLength(1);
      expect(text).toMatch(/pre_shared_key = [A-Za-z0-9_-]{16}\n/);
    });
  });

  test.describe('as an auditor', () => {
    test.use({ storageState: AUDITOR_STATE });

    test('sees the latest results, cannot start one, and gets the key masked', async ({ page }) => {
      const diag = new VpnDiagnosticsPage(page);
      await diag.openGateway(REGION, GW);
      await expect(diag.results).toBeVisible();
      await expect(diag.section).toContainText(
        'Operators start diagnoses; you see the latest one.',
      );
      await expect(diag.section.getByRole('button', { name: /^Diagnose/ })).toHaveCount(0);
      const download = await diag.downloadPeerConfig('192.168.10.0/24');
      const text = await readFile((await download.path()) ?? '', 'utf8');
      expect(text).toContain('pre_shared_key = ******** (hidden: ask an operator)');
      expect(text).toContain(`customer_gateway_ip = ${CGW_IP}`);
    });
  });
});
