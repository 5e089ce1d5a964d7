import { readFile } from 'node:fs/promises';
import {
  AUDITOR_STATE,
  EmulatorAdmin,
  expect,
  expectNoSeriousA11yIssues,
  OPERATOR_STATE,
  test,
} from '../fixtures.ts';
import { VpnPage } from '../pages/vpn.page.ts';

const REGION = 'cn-hangzhou';
const GW = 'e2e-vpn';
const CGW = 'e2e-office';
const CGW_IP = '198.51.100.200';
const REMOTE = '192.168.200.0/24';

// The journeys use the seed (emulator README, VPN seed): a clean start makes them repeatable.
test.beforeAll(async () => {
  await new EmulatorAdmin().send('POST', 'reset');
});

// Journeys 1–5 build on each other: gateway → customer gateway → connection → config → delete.
test.describe.serial('as an operator, from a new gateway to its deletion', () => {
  test.use({ storageState: OPERATOR_STATE });
  let psk = '';

  test('1. creates a VPN gateway, which becomes active', async ({ page }) => {
    const vpn = new VpnPage(page);
    await vpn.goto(REGION);
    await expect(vpn.row('hz-office-vpn')).toContainText('Active');
    await expectNoSeriousA11yIssues(page);
    await vpn.createButton.click();
    await expect(vpn.dialog).toBeVisible();
    const vpc = vpn.dialog.getByRole('combobox', { name: 'VPC' });
    const option = vpc.locator('option').filter({ hasText: 'prod-core-vpc' });
    await vpc.selectOption((await option.getAttribute('value')) ?? '');
    // The API's bandwidths for a China-site region (REFERENCE §3.4), 5 Mbit/s included.
    const bandwidth = vpn.dialog.getByRole('combobox', { name: 'Bandwidth' });
    await expect(bandwidth.locator('option')).toHaveText([
      '5 Mbit/s',
      '10 Mbit/s',
      '20 Mbit/s',
      '50 Mbit/s',
      '100 Mbit/s',
      '200 Mbit/s',
      '500 Mbit/s',
      '1000 Mbit/s',
    ]);
    await bandwidth.selectOption('20');
    await vpn.dialog.getByRole('switch', { name: 'SSL-VPN' }).check({ force: true });
    await vpn.dialog.getByRole('combobox', { name: 'SSL connections' }).selectOption('10');
    await vpn.dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(GW);
    await vpn.dialog.getByRole('textbox', { name: 'Description' }).fill('created by e2e');
    await expectNoSeriousA11yIssues(page);
    await vpn.dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(vpn.dialog).toBeHidden();
    const row = vpn.row(GW);
    await expect(row).toContainText('Provisioning');
    // Timed emulator: `vpn` takes 5 s; the list polls with backoff until the state is stable.
    await expect(row).toContainText('Active', { timeout: 30_000 });
    await expect(row).toContainText('20 Mbit/s');
    await expect(row).toContainText('IPsec On · SSL On');
    await page.screenshot({ path: 'test-results/screenshots/vpn-list.png', fullPage: true });
  });

  test('2. registers a customer gateway', async ({ page }) => {
    const vpn = new VpnPage(page);
    await vpn.gotoCustomerGateways(REGION);
    await page.getByRole('button', { name: 'Register customer gateway' }).click();
    await expect(vpn.dialog).toBeVisible();
    const ip = vpn.dialog.getByRole('textbox', { name: 'IP address' });
    await ip.fill('127.0.0.1');
    await vpn.dialog.getByRole('button', { name: 'Register', exact: true }).click();
    await expect(vpn.dialog.getByText('This address is in a reserved range')).toBeVisible();
    await ip.fill(CGW_IP);
    await vpn.dialog.getByRole('textbox', { name: 'ASN' }).fill('65200');
    await vpn.dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(CGW);
    await vpn.dialog.getByRole('button', { name: 'Register', exact: true }).click();
    await expect(vpn.dialog).toBeHidden();
    const row = vpn.customerRow(CGW);
    await expect(row).toContainText(CGW_IP);
    await expect(row).toContainText('65200');
    await expect(row).toContainText('Not used');
    await expectNoSeriousA11yIssues(page);
  });

  test('3. creates an IPsec connection; the gateway goes updating → active', async ({ page }) => {
    const vpn = new VpnPage(page);
    await vpn.goto(REGION);
    await vpn.openDetail(GW);
    // CreateVpnGateway takes no description: the BFF sets it once the gateway is active.
    await expect(page.getByText('created by e2e')).toBeVisible({ timeout: 20_000 });
    await vpn.startConnection(CGW_IP);
    await expect(vpn.dialog.getByRole('textbox', { name: 'Local subnets (VPC side)' })).toHaveValue(
      '10.10.0.0/16',
    );
    await vpn.dialog.getByRole('textbox', { name: 'Remote subnets (office side)' }).fill(REMOTE);
    // The key is generated and masked; it can be replaced by one's own.
    const key = vpn.dialog.getByRole('textbox', { name: 'Pre-shared key' });
    await expect(key).toHaveAttribute('type', 'password');
    psk = await key.inputValue();
    expect(psk).toMatch(/^[A-Za-z0-9]{24}$/);
    // Advanced IKE/IPsec settings are hidden by default, with the API's defaults.
    const ikeVersion = vpn.dialog.getByRole('combobox', { name: 'IKE version' });
    await expect(ikeVersion).toHaveCount(0);
    await vpn.dialog.getByRole('button', { name: 'Show advanced IKE and IPsec settings' }).click();
    await expect(ikeVersion).toHaveValue('ikev1');
    await ikeVersion.selectOption('ikev2');
    await expectNoSeriousA11yIssues(page);
    await vpn.dialog.getByRole('button', { name: 'Create connection' }).click();
    await expect(vpn.dialog).toBeHidden();
    await expect(vpn.headerStatus()).toContainText('Updating');
    // Timed emulator: `vpnConnection` takes 3 s (REFERENCE §4.4: updating while it is applied).
    await expect(vpn.headerStatus()).toContainText('Active', { timeout: 20_000 });
    const row = vpn.connections.getByRole('row').filter({ hasText: REMOTE });
    await expect(row).toContainText('IKE not established');
    await expect(row).toContainText('Applied');
    await expect(page.getByRole('table', { name: 'Customer gateways in use' })).toContainText(
      CGW_IP,
    );
    await expect(page.getByText(psk)).toHaveCount(0);
    await expectNoSeriousA11yIssues(page);
    await page.screenshot({ path: 'test-results/screenshots/vpn-detail.png', fullPage: true });
  });

  test('4. tags the gateway, downloads the peer configuration', async ({ page }) => {
    const vpn = new VpnPage(page);
    await vpn.goto(REGION);
    // Tags: added from the list's bulk bar, changed on the detail page.
    await vpn.bulkTag(GW, 'site', 'hq');
    await vpn.openDetail(GW);
    await expect(page.getByText('site: hq')).toBeVisible();
    await vpn.editFirstTag('branch');
    await expect(page.getByText('site: branch')).toBeVisible();
    const row = vpn.connections.getByRole('row').filter({ hasText: REMOTE });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: /^Download the peer configuration of vco-/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^vco-[a-z0-9]+-peer-config\.txt$/);
    const text = await readFile((await download.path()) ?? '', 'utf8');
    expect(text).toContain(`customer_gateway_ip = ${CGW_IP}`);
    expect(text).toContain(`your_subnets = ${REMOTE}`);
    expect(text).toContain('alibaba_cloud_subnets = 10.10.0.0/16');
    expect(text).toContain(`pre_shared_key = ${psk}`);
    expect(text).toContain('keyexchange=ikev2');
  });

  test('5. deletes everything in dependency order', async ({ page }) => {
    const vpn = new VpnPage(page);
    // The customer gateway is in use: its Delete is disabled, naming the connection with a link
    // (issue 18 item 6; the API would refuse with DependencyViolation.VpnConnection).
    await vpn.gotoCustomerGateways(REGION);
    await vpn
      .customerRow(CGW)
      .getByRole('button', { name: /^Delete customer gateway/ })
      .click();
    await expect(vpn.dialog.getByRole('button', { name: 'Delete', exact: true })).toBeDisabled();
    await expect(vpn.dialog).toContainText('An IPsec connection still uses it: delete it first.');
    await expect(vpn.dialog.getByRole('link', { name: /vco-/ })).toHaveAttribute(
      'href',
      /\/vpn-gateways\/vpn-[a-z0-9]+\/connections\/vco-/,
    );
    await vpn.dialog.getByRole('button', { name: 'Cancel' }).click();

    // The gateway's delete shows the plan (connection first), then runs it with progress.
    await vpn.goto(REGION);
    await vpn.openDetail(GW);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const plan = vpn.dialog.getByTestId('delete-plan');
    await expect(plan.getByRole('listitem')).toHaveCount(2);
    await expect(plan.getByRole('listitem').first()).toContainText('Delete IPsec connection');
    await expect(plan.getByRole('listitem').last()).toContainText(`Delete VPN gateway ${GW}`);
    await expectNoSeriousA11yIssues(page);
    await vpn.dialog.getByRole('button', { name: 'Delete (2 steps)' }).click();
    await expect(vpn.dialog.getByRole('status')).toContainText(/of 2 steps done/);
    await expect(page.getByRole('heading', { name: 'VPN gateways', level: 1 })).toBeVisible({
      timeout: 30_000,
    });
    await expect(vpn.row(GW)).toHaveCount(0, { timeout: 30_000 });

    // Now nothing uses the customer gateway.
    await vpn.gotoCustomerGateways(REGION);
    await expect(vpn.customerRow(CGW)).toContainText('Not used');
    await vpn
      .customerRow(CGW)
      .getByRole('button', { name: /^Delete customer gateway/ })
      .click();
    await vpn.dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(vpn.dialog).toBeHidden();
    await expect(vpn.customerRow(CGW)).toHaveCount(0);
  });
});

test.describe('as an operator, with a bad subnet', () => {
  test.use({ storageState: OPERATOR_STATE });

  test('7. sees the error on the field, and nothing is sent', async ({ page }) => {
    const vpn = new VpnPage(page);
    await vpn.goto(REGION);
    await vpn.openDetail('hz-office-vpn');
    await vpn.startConnection('198.51.100.20');
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/vpn-connections')) sent.push(r.url());
    });
    const remote = vpn.dialog.getByRole('textbox', { name: 'Remote subnets (office side)' });
    await remote.fill('172.30.0.0/16, 192.168.1.1/24');
    await vpn.dialog.getByRole('button', { name: 'Create connection' }).click();
    await expect(remote).toHaveAttribute('aria-invalid', 'true');
    await expect(vpn.dialog.getByText('("192.168.1.1/24" is not one)')).toBeVisible();
    await expect(vpn.dialog).toBeVisible();
    expect(sent).toEqual([]);
    await expectNoSeriousA11yIssues(page);
  });
});

test.describe('as an auditor', () => {
  test.use({ storageState: AUDITOR_STATE });

  test('6. finds everything read-only', async ({ page }) => {
    const vpn = new VpnPage(page);
    await vpn.goto(REGION);
    await expect(page.getByText('Read-only')).toBeVisible();
    await expect(vpn.row('hz-office-vpn')).toBeVisible();
    await expect(vpn.createButton).toHaveCount(0);
    await expectNoSeriousA11yIssues(page);
    await vpn.openDetail('hz-office-vpn');
    await expect(vpn.connections).toContainText('to-shanghai-office');
    await expect(vpn.connections).toContainText('IPsec established');
    for (const name of [/^Rename$/, /^Delete/, /^Add IPsec connection$/]) {
      await expect(page.getByRole('button', { name })).toHaveCount(0);
    }
    // The peer configuration is readable, with the key masked.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      vpn.connections
        .getByRole('button', { name: /^Download the peer configuration/ })
        .first()
        .click(),
    ]);
    const text = await readFile((await download.path()) ?? '', 'utf8');
    expect(text).toContain('pre_shared_key = ******** (hidden: ask an operator)');
    await expectNoSeriousA11yIssues(page);
    await vpn.gotoCustomerGateways(REGION);
    await expect(vpn.customerRow('Shanghai office')).toContainText('203.0.113.10');
    await expect(page.getByRole('button', { name: /Register|^Delete/ })).toHaveCount(0);
    await expectNoSeriousA11yIssues(page);

    const headers = { 'X-CSRF-Token': await vpn.csrfToken(), 'Idempotency-Key': 'e2e-vpn-aud-1' };
    const attempts = [
      page.request.post(`/api/regions/${REGION}/customer-gateways`, {
        headers,
        data: { ipAddress: '198.51.100.201' },
      }),
      page.request.post(`/api/regions/${REGION}/vpn-gateways`, {
        headers,
        data: { vpcId: 'vpc-x1', name: 'auditor-vpn', bandwidth: 10 },
      }),
    ];
    for (const res of await Promise.all(attempts)) expect(res.status()).toBe(403);
  });
});
