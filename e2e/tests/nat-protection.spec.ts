import { AUDITOR_STATE, EmulatorAdmin, expect, OPERATOR_STATE, test } from '../fixtures.ts';
import { NatProtectionPage } from '../pages/nat-protection.page.ts';

// Issue 13 items 3 and 4: deletion protection of a NAT gateway and of its EIPs, the create form's
// protection option and zone-limited vSwitch picker; an auditor sees the state and flips nothing.
const PROTECTED_GATEWAY = '支付系统出网网关';
const PROTECTED_EIP = '47.96.120.8';
const OTHER_EIP = '47.96.120.9';

test.beforeAll(async () => {
  await new EmulatorAdmin().send('POST', 'reset');
});

test.describe('as an operator', () => {
  test.use({ storageState: OPERATOR_STATE });

  test('creates a protected gateway, sees delete refused with the reason, turns it off and deletes', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const nat = new NatProtectionPage(page);
    const name = `e2e-protected-${Date.now().toString(36)}`;
    const vSwitch = await nat.startCreate('支付系统VPC');
    // cn-hangzhou-k sells no enhanced NAT gateway in the emulator: its vSwitch cannot be chosen.
    const zoneK = vSwitch.locator('option', { hasText: 'pay-app-k' });
    await expect(zoneK).toBeDisabled();
    await expect(zoneK).toContainText('no enhanced NAT gateway in this zone');
    await expect(nat.dialog.getByText(/Enhanced NAT gateways are sold only in/)).toBeVisible();
    await nat.createProtected(vSwitch, 'pay-gateway-j', name);

    const row = nat.list.row(name);
    await expect(row.getByText('Available')).toBeVisible({ timeout: 30_000 });
    await nat.list.openDetail(name);
    await expect(nat.gatewaySwitch).toBeChecked();

    await nat.openDelete();
    await expect(nat.dialog.getByRole('alert')).toContainText(
      'turn off the “Deletion protection” switch',
    );
    await expect(nat.dialog.getByRole('button', { name: 'Delete', exact: true })).toHaveCount(0);
    // The API refuses too, with the documented code (REFERENCE-2 §4.4).
    const refused = await page.request.delete(
      `/api/regions/cn-hangzhou/nat-gateways/${nat.gatewayId()}`,
      { headers: { 'X-CSRF-Token': await nat.csrfToken() } },
    );
    expect(refused.status()).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('InvalidOperation.DeletionProtection');
    await nat.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(nat.dialog).toBeHidden();

    await nat.gatewaySwitch.click();
    await expect(nat.gatewaySwitch).not.toBeChecked();
    await expect(nat.gatewaySwitch).toBeEnabled();
    await nat.openDelete();
    await nat.dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await nat.list.goto('cn-hangzhou');
    await expect(nat.list.row(name)).toHaveCount(0, { timeout: 30_000 });
  });

  test('protects and unprotects an EIP bound to a gateway', async ({ page }) => {
    const nat = new NatProtectionPage(page);
    await nat.open(PROTECTED_GATEWAY);
    await expect(nat.eipSwitch(PROTECTED_EIP)).toBeChecked();
    const other = nat.eipSwitch(OTHER_EIP);
    await expect(other).not.toBeChecked();
    await other.click();
    await expect(other).toBeChecked();
    await expect(other).toBeEnabled();
    await page.reload();
    await expect(other).toBeChecked();
    await other.click();
    await expect(other).not.toBeChecked();
    await expect(other).toBeEnabled();
    await page.reload();
    await expect(other).not.toBeChecked();
  });
});

test.describe('as an auditor', () => {
  test.use({ storageState: AUDITOR_STATE });

  test('sees the protection state, has no switch, and a direct PUT gets 403', async ({ page }) => {
    const nat = new NatProtectionPage(page);
    await nat.open(PROTECTED_GATEWAY);
    await expect(nat.attribute('Deletion protection')).toHaveText('On');
    await expect(nat.eipRow(PROTECTED_EIP)).toContainText('On');
    await expect(nat.eipRow(OTHER_EIP)).toContainText('Off');
    await expect(page.getByRole('switch')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Delete', exact: true })).toHaveCount(0);
    const base = '/api/regions/cn-hangzhou';
    const headers = { 'X-CSRF-Token': await nat.csrfToken() };
    const refused = await page.request.put(
      `${base}/nat-gateways/${nat.gatewayId()}/deletion-protection`,
      { headers, data: { enabled: false } },
    );
    expect(refused.status()).toBe(403);
    const eips = await page.request.get(`${base}/nat-gateways/${nat.gatewayId()}/eips`);
    const eip = (
      (await eips.json()) as { items: { allocationId: string; ipAddress: string }[] }
    ).items.find((e) => e.ipAddress === PROTECTED_EIP);
    const eipRefused = await page.request.put(
      `${base}/eips/${eip?.allocationId}/deletion-protection`,
      { headers, data: { enabled: false } },
    );
    expect(eipRefused.status()).toBe(403);
  });
});
