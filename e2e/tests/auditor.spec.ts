import { AUDITOR_STATE, expect, expectNoSeriousA11yIssues, test } from '../fixtures.ts';
import { NatGatewaysPage } from '../pages/nat-gateways.page.ts';

test.use({ storageState: AUDITOR_STATE });

test('an auditor sees the same NAT list with no mutating control, and a direct mutation gets 403', async ({
  page,
}) => {
  const nat = new NatGatewaysPage(page);
  await nat.goto();
  await expect(page.getByText('Read-only')).toBeVisible();
  await expect(nat.table.getByRole('row').nth(1)).toBeVisible();
  await expect(nat.createButton).toHaveCount(0);
  await expectNoSeriousA11yIssues(page);

  // A seeded gateway: names made by other journeys may repeat across retries.
  await nat.openDetail('prod-egress-nat');
  for (const label of [
    'Rename',
    'Delete',
    'Bind EIP',
    'Add SNAT entry',
    'Add DNAT entry',
    'Edit tags',
  ]) {
    await expect(page.getByRole('button', { name: label, exact: true })).toHaveCount(0);
  }
  await expectNoSeriousA11yIssues(page);

  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const res = await page.request.post('/api/regions/cn-hangzhou/nat-gateways', {
    headers: { 'X-CSRF-Token': session.csrfToken, 'Idempotency-Key': 'auditor-attempt' },
    data: { vpcId: 'vpc-abc', vSwitchId: 'vsw-abc', name: 'auditor-nat' },
  });
  expect(res.status()).toBe(403);
  const body = (await res.json()) as { error: { code: string } };
  expect(body.error.code).toBe('Forbidden');
});
