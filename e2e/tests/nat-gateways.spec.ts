import { OPERATOR_STATE, expect, expectNoSeriousA11yIssues, test } from '../fixtures.ts';
import { NatGatewaysPage } from '../pages/nat-gateways.page.ts';

test.use({ storageState: OPERATOR_STATE });

test('an operator creates a NAT gateway, watches it become Available, adds SNAT, renames and deletes it', async ({
  page,
}) => {
  // A whole operator journey with five axe scans: axe alone takes seconds per page on 2 cores.
  test.setTimeout(240_000);
  const nat = new NatGatewaysPage(page);
  const name = `e2e-nat-${Date.now().toString(36)}`;
  await nat.goto();
  await expectNoSeriousA11yIssues(page);
  await nat.fillCreateForm(name);
  await expectNoSeriousA11yIssues(page);
  await nat.submitCreate();

  const row = nat.row(name);
  await expect(row.getByText('Creating')).toBeVisible();
  // No reload and no click: the list polls while a gateway is in transition.
  await expect(row.getByText('Available')).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: 'e2e/screenshots/nat-gateways-list.png', fullPage: true });

  await nat.openDetail(name);
  await expectNoSeriousA11yIssues(page);

  // SNAT needs a public IP on the gateway: bind a free EIP first.
  await page.getByRole('button', { name: 'Bind EIP' }).click();
  const bind = page.getByRole('dialog');
  const picker = bind.getByRole('combobox', { name: 'Free EIP' });
  await expect(picker.locator('option').nth(1)).toBeAttached();
  await picker.selectOption({ index: 1 });
  await bind.getByRole('button', { name: 'Bind', exact: true }).click();
  await expect(bind).toBeHidden();
  const eips = page.getByRole('region', { name: 'Bound EIPs' });
  await expect(eips.getByText('Bound', { exact: true })).toBeVisible({ timeout: 30_000 });

  await page.getByRole('button', { name: 'Add SNAT entry' }).click();
  const snat = page.getByRole('dialog');
  await snat.getByRole('checkbox').first().check();
  await snat.getByRole('textbox', { name: 'Source CIDR block' }).fill('192.168.0.0/24');
  await snat.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(snat).toBeHidden();
  const snatSection = page.getByRole('region', { name: 'SNAT entries' });
  await expect(snatSection.getByText('192.168.0.0/24')).toBeVisible();
  await expect(snatSection.getByText('Available')).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: 'e2e/screenshots/nat-gateway-detail.png', fullPage: true });

  const renamed = `${name}-renamed`;
  await page.getByRole('button', { name: 'Rename' }).click();
  const rename = page.getByRole('dialog');
  await rename.getByRole('textbox', { name: 'Name', exact: true }).fill(renamed);
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: renamed, level: 1 })).toBeVisible({
    timeout: 30_000,
  });

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm.getByText('SNAT entries: 1')).toBeVisible();
  await expectNoSeriousA11yIssues(page);
  // Issue 18 item 6: with an entry left, Delete waits for Force and says why.
  const remove = confirm.getByRole('button', { name: 'Delete', exact: true });
  await expect(remove).toBeDisabled();
  await expect(confirm.getByText(/tick Force to delete them/)).toBeVisible();
  await confirm.getByLabel(/Force/).check();
  await expect(remove).toBeEnabled();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();

  await nat.goto();
  await expect(nat.row(renamed)).toHaveCount(0, { timeout: 30_000 });
});

test('an invalid field shows its error on the field and nothing is sent', async ({ page }) => {
  const nat = new NatGatewaysPage(page);
  await nat.goto();
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/nat-gateways')) posts.push(r.url());
  });
  await nat.fillCreateForm('1-starts-with-a-digit');
  await nat.submitCreate();
  const nameField = nat.dialog.getByRole('textbox', { name: 'Name', exact: true });
  await expect(nameField).toHaveAttribute('aria-invalid', 'true');
  await expect(
    nat.dialog.getByText('Must start with a letter or a Chinese character'),
  ).toBeVisible();
  expect(posts).toEqual([]);
});

test('with throttling upstream, a create shows a readable error or succeeds, and never duplicates', async ({
  page,
  emulator,
}) => {
  const nat = new NatGatewaysPage(page);
  const name = `e2e-throttle-${Date.now().toString(36)}`;
  await nat.goto();
  await nat.fillCreateForm(name);
  await emulator.setFaults([
    { action: 'CreateNatGateway', probability: 0.7, kind: 'throttling', retryAfterSeconds: 0 },
  ]);
  await nat.submitCreate();
  // Either the dialog closes (a retry went through) or an error with its code is shown; then submit again.
  const error = page.getByText(/Throttling|throttling/).first();
  await expect(nat.dialog.or(error).first()).toBeVisible();
  // Resubmit while the dialog stays open; it may close between the check and the click, so a
  // click that finds no dialog is not an error.
  const resubmit = () =>
    nat.dialog
      .getByRole('button', { name: 'Create', exact: true })
      .click({ timeout: 2_000 })
      .catch(() => undefined);
  for (let attempt = 0; attempt < 5 && (await nat.dialog.isVisible()); attempt += 1) {
    await page.waitForTimeout(300);
    await resubmit();
    await page.waitForTimeout(700);
  }
  await emulator.clearFaults();
  if (await nat.dialog.isVisible()) await resubmit();
  await expect(nat.dialog).toBeHidden({ timeout: 15_000 });
  await expect(nat.row(name)).toHaveCount(1);
  const api = await page.request.get(
    `/api/regions/cn-hangzhou/nat-gateways?q=${name}&pageSize=100`,
  );
  const body = (await api.json()) as { items: { name: string }[] };
  expect(body.items.filter((g) => g.name === name)).toHaveLength(1);
});

test('the console switches to Chinese', async ({ page }) => {
  const nat = new NatGatewaysPage(page);
  await nat.goto();
  await page
    .getByLabel('Language', { exact: true })
    .selectOption({ label: '简体中文' })
    .catch(async () => {
      await page.getByLabel('Language', { exact: true }).click();
      await page.getByRole('option', { name: '简体中文' }).click();
    });
  await expect(page.getByRole('heading', { name: 'NAT 网关', level: 1 })).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/nat-gateways-zh.png' });
  await expectNoSeriousA11yIssues(page);
  await page
    .getByLabel('语言', { exact: true })
    .selectOption({ label: 'English' })
    .catch(async () => {
      await page.getByLabel('语言', { exact: true }).click();
      await page.getByRole('option', { name: 'English' }).click();
    });
  await expect(page.getByRole('heading', { name: 'NAT gateways', level: 1 })).toBeVisible();
});
