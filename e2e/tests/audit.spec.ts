import { readFile } from 'node:fs/promises';
import type { APIRequestContext } from '@playwright/test';
import {
  AUDITOR_STATE,
  OPERATOR_STATE,
  expect,
  expectNoSeriousA11yIssues,
  test,
} from '../fixtures.ts';
import { AuditPage } from '../pages/audit.page.ts';

const R = '/api/regions/cn-hangzhou';
const UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/i;

interface Item {
  id: string;
  status?: string;
}

/** The operator's changes, made through the API as the SPA makes them: create, wait, rename. */
async function operatorChanges(api: APIRequestContext): Promise<string> {
  const { csrfToken } = (await (await api.get('/api/session')).json()) as { csrfToken: string };
  const vpcs = (await (await api.get(`${R}/vpcs`)).json()) as { items: Item[] };
  const vpcId = vpcs.items[0]?.id ?? '';
  const vsws = (await (await api.get(`${R}/vpcs/${vpcId}/vswitches`)).json()) as { items: Item[] };
  const created = await api.post(`${R}/nat-gateways`, {
    headers: { 'X-CSRF-Token': csrfToken, 'Idempotency-Key': `e2e-audit-${Date.now()}` },
    data: { vpcId, vSwitchId: vsws.items[0]?.id, name: 'audit-journey-nat' },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as Item;
  await expect
    .poll(async () => ((await (await api.get(`${R}/nat-gateways/${id}`)).json()) as Item).status, {
      timeout: 30_000,
    })
    .toBe('Available');
  const renamed = await api.patch(`${R}/nat-gateways/${id}`, {
    headers: { 'X-CSRF-Token': csrfToken },
    data: { name: 'audit-journey-renamed' },
  });
  expect(renamed.status()).toBe(200);
  return id;
}

test.use({ storageState: AUDITOR_STATE });

test('the auditor sees the operator’s earlier changes with their RequestIds', async ({
  page,
  browser,
}) => {
  const operator = await browser.newContext({ storageState: OPERATOR_STATE });
  const id = await operatorChanges(operator.request);
  await operator.close();

  const audit = new AuditPage(page);
  await audit.goto(`?resource=${id}`);
  await expect(page).toHaveURL(new RegExp(`/regions/[a-z0-9-]+/audit\\?resource=${id}$`));
  await expect(audit.rows()).toHaveCount(2);
  for (const action of ['ModifyNatGatewayAttribute', 'CreateNatGateway']) {
    const row = audit.row(action);
    await expect(row).toContainText('operator');
    await expect(row).toContainText('Success');
    await expect(row.getByRole('link', { name: id })).toBeVisible();
    await expect(row.getByTestId('audit-request-id')).toHaveText(UUID);
    await expect(row.getByRole('button', { name: 'Copy RequestId' })).toBeVisible();
  }
  // The RequestIds shown are the ones the trail holds for those two upstream calls.
  const api = (await (await page.request.get(`/api/audit?resourceId=${id}`)).json()) as {
    items: { action: string; upstreamRequestId: string }[];
  };
  for (const e of api.items) {
    await expect(audit.row(e.action).getByTestId('audit-request-id')).toHaveText(
      e.upstreamRequestId,
    );
  }
  await expectNoSeriousA11yIssues(page);
  await page.screenshot({ path: 'e2e/screenshots/audit.png', fullPage: true });

  await audit.openDetails('CreateNatGateway');
  await expect(audit.drawer).toContainText('ClientToken');
  await expect(audit.drawer.getByTestId('audit-params')).toContainText('audit-journey-nat');
  await expectNoSeriousA11yIssues(page);
  await page.keyboard.press('Escape');

  const [download] = await Promise.all([page.waitForEvent('download'), audit.exportCsv.click()]);
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  expect(csv).toContain('# account: demo');
  expect(csv).toContain(`# filters: resourceId=${id}`);
  expect(csv.split('\r\n').filter((l) => l.includes(`,"${id}",`))).toHaveLength(2);
});

test('the auditor filters the trail by outcome and time range in the URL', async ({ page }) => {
  const audit = new AuditPage(page);
  await audit.goto();
  await page.getByRole('search').getByRole('combobox', { name: 'Outcome' }).selectOption('success');
  await expect(page).toHaveURL(/[?&]outcome=success/);
  await expect(audit.rows().first()).toBeVisible();
  await expect(audit.rows().filter({ hasText: 'Failure' })).toHaveCount(0);
  await audit.goto('?from=2000-01-01T00:00:00.000Z&to=2000-01-02T00:00:00.000Z');
  await expect(page.getByText('No entry matches these filters.')).toBeVisible();
});
