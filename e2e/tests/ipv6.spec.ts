import {
  AUDITOR_STATE,
  EmulatorAdmin,
  expect,
  expectNoSeriousA11yIssues,
  OPERATOR_STATE,
  test,
} from '../fixtures.ts';
import { Ipv6Page } from '../pages/ipv6.page.ts';

// The journeys use the seed (emulator README, IPv6 seed): a clean start makes them repeatable.
test.beforeAll(async () => {
  await new EmulatorAdmin().send('POST', 'reset');
});

test.describe('as an operator', () => {
  test.use({ storageState: OPERATOR_STATE });

  test('creates an IPv6 gateway, which becomes Available', async ({ page }) => {
    const ipv6 = new Ipv6Page(page);
    await ipv6.goto('cn-shanghai');
    await expectNoSeriousA11yIssues(page);
    await ipv6.createButton.click();
    await expect(ipv6.dialog).toBeVisible();
    const option = ipv6.vpcOption('staging-vpc');
    await expect(option).toBeEnabled();
    await ipv6.vpcPicker().selectOption((await option.getAttribute('value')) ?? '');
    await ipv6.dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('e2e-ipv6-gw');
    await ipv6.dialog.getByRole('textbox', { name: 'Description' }).fill('created by e2e');
    await expectNoSeriousA11yIssues(page);
    await ipv6.dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(ipv6.dialog).toBeHidden();
    const row = ipv6.row('e2e-ipv6-gw');
    await expect(row).toContainText('Pending');
    // Timed emulator: `ipv6` takes 3 s; the list polls with backoff until the state is stable.
    await expect(row).toContainText('Available', { timeout: 20_000 });
    await expect(row).toContainText('Single tier (no spec)');
    await page.screenshot({ path: 'e2e/screenshots/ipv6-list.png', fullPage: true });
  });

  test('allocates internet bandwidth to an address and changes it', async ({ page }) => {
    const ipv6 = new Ipv6Page(page);
    await ipv6.goto('cn-beijing');
    await ipv6.openDetail('数据平台IPv6网关');
    const privateRow = ipv6.addressRow('None (private only)').first();
    const address = (
      (await privateRow.locator('td').first().locator('p').first().textContent()) ?? ''
    ).trim();
    expect(address).toMatch(/:/);
    const row = ipv6.addressRow(address);
    await row.getByRole('button', { name: `Allocate bandwidth for ${address}` }).click();
    await expect(ipv6.dialog).toBeVisible();
    await ipv6.dialog.getByRole('combobox', { name: 'Billing' }).selectOption('PayByTraffic');
    const bandwidth = ipv6.dialog.getByRole('textbox', { name: 'Bandwidth' });
    await bandwidth.fill('1500');
    await ipv6.dialog.getByRole('button', { name: 'Allocate', exact: true }).click();
    // Checked before sending: PayByTraffic allows 1–1000 Mbit/s (REFERENCE §3.5).
    await expect(ipv6.dialog.getByText('At most 1000 Mbit/s with Pay by traffic')).toBeVisible();
    await bandwidth.fill('15');
    await ipv6.dialog.getByRole('button', { name: 'Allocate', exact: true }).click();
    await expect(ipv6.dialog).toBeHidden();
    await expect(row).toContainText('15 Mbit/s');
    await expect(row).toContainText('Pay by traffic');

    await row.getByRole('button', { name: `Change bandwidth of ${address}` }).click();
    await expect(ipv6.dialog).toBeVisible();
    await ipv6.dialog.getByRole('textbox', { name: 'Bandwidth' }).fill('25');
    await ipv6.dialog.getByRole('button', { name: 'Change', exact: true }).click();
    await expect(ipv6.dialog).toBeHidden();
    await expect(row).toContainText('25 Mbit/s');
    await expectNoSeriousA11yIssues(page);
    await page.screenshot({ path: 'e2e/screenshots/ipv6-detail.png', fullPage: true });
  });

  test('a second gateway in the same VPC is refused with the reason shown', async ({ page }) => {
    const ipv6 = new Ipv6Page(page);
    await ipv6.goto('cn-hangzhou');
    await ipv6.createButton.click();
    await expect(ipv6.dialog).toBeVisible();
    const taken = ipv6.vpcOption('prod-core-vpc');
    await expect(taken).toBeDisabled();
    await expect(taken).toContainText(/already has IPv6 gateway ipv6gw-/);
    await expect(ipv6.vpcOption('default-vpc')).toContainText('IPv6 is not enabled on this VPC');
    await expect(ipv6.vpcOption('支付系统VPC')).toBeEnabled();
    await expect(ipv6.dialog.getByText('A VPC has at most one IPv6 gateway')).toBeVisible();

    // The server refuses it too, naming the field and the reason.
    const vpcId = (await taken.getAttribute('value')) ?? '';
    const res = await page.request.post('/api/regions/cn-hangzhou/ipv6-gateways', {
      headers: { 'X-CSRF-Token': await ipv6.csrfToken(), 'Idempotency-Key': 'e2e-second-gw-1' },
      data: { vpcId, name: 'second-gw' },
    });
    expect(res.status()).toBe(409);
    const body = (await res.json()) as { error: { code: string; fields: { path: string }[] } };
    expect(body.error.code).toBe('Ipv6GatewayExists');
    expect(body.error.fields[0]?.path).toBe('vpcId');
  });

  test('deletes a gateway, releasing its bandwidth first', async ({ page }) => {
    const ipv6 = new Ipv6Page(page);
    await ipv6.goto('cn-hangzhou');
    await ipv6.openDetail('prod-core-ipv6gw');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(ipv6.dialog).toBeVisible();
    await expect(ipv6.dialog).toContainText(
      'Plan: release 2 internet bandwidths, then delete the gateway.',
    );
    const plan = ipv6.dialog.getByTestId('delete-plan');
    await expect(plan.getByRole('listitem')).toHaveCount(3);
    await expectNoSeriousA11yIssues(page);
    await ipv6.dialog.getByRole('button', { name: 'Delete (3 steps)' }).click();
    await expect(page.getByRole('heading', { name: 'IPv6 gateways', level: 1 })).toBeVisible();
    await expect(ipv6.row('prod-core-ipv6gw')).toHaveCount(0, { timeout: 20_000 });
    const res = await page.request.get(
      '/api/regions/cn-hangzhou/ipv6-addresses?networkType=Public',
    );
    expect(((await res.json()) as { items: unknown[] }).items).toEqual([]);
  });
});

test.describe('as an auditor', () => {
  test.use({ storageState: AUDITOR_STATE });

  test('everything is visible and read-only', async ({ page }) => {
    const ipv6 = new Ipv6Page(page);
    await ipv6.goto('cn-shanghai');
    await expect(page.getByText('Read-only')).toBeVisible();
    await expect(ipv6.row('sh-ipv6-gateway')).toBeVisible();
    await expect(ipv6.createButton).toHaveCount(0);
    await expectNoSeriousA11yIssues(page);
    await ipv6.openDetail('sh-ipv6-gateway');
    await expect(ipv6.addresses).toContainText('20 Mbit/s');
    for (const name of [
      /^Rename$/,
      /^Delete$/,
      /^Edit tags$/,
      /^Allocate bandwidth/,
      /^Change bandwidth/,
      /^Release/,
    ]) {
      await expect(page.getByRole('button', { name })).toHaveCount(0);
    }
    await expectNoSeriousA11yIssues(page);

    const headers = { 'X-CSRF-Token': await ipv6.csrfToken(), 'Idempotency-Key': 'e2e-auditor-1' };
    const gatewayId = page.url().split('/').pop() ?? '';
    const attempts = [
      page.request.patch(`/api/regions/cn-shanghai/ipv6-gateways/${gatewayId}`, {
        headers,
        data: { name: 'auditor-rename' },
      }),
      page.request.delete(`/api/regions/cn-shanghai/ipv6-gateways/${gatewayId}`, { headers }),
    ];
    for (const res of await Promise.all(attempts)) expect(res.status()).toBe(403);
  });
});
