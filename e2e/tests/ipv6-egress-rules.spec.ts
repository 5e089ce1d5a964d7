import { EmulatorAdmin, expect, OPERATOR_STATE, test } from '../fixtures.ts';
import { EgressRulesSection } from '../pages/egress-rules.page.ts';
import { Ipv6Page } from '../pages/ipv6.page.ts';

test.beforeAll(async () => {
  await new EmulatorAdmin().send('POST', 'reset');
});

test.use({ storageState: OPERATOR_STATE });

test('adds an egress-only rule, sees it Available, deletes it', async ({ page }) => {
  const ipv6 = new Ipv6Page(page);
  await ipv6.goto('cn-hangzhou');
  await ipv6.openDetail('prod-core-ipv6gw');
  const rules = new EgressRulesSection(page);
  await rules.add('api-01-ipv6', 'e2e-egress');
  await expect(rules.dialog).toBeHidden();
  const row = rules.row('e2e-egress');
  // Timed emulator: `ipv6` takes 3 s; the section polls while a rule is Pending or Deleting.
  await expect(row).toContainText(/Pending|Available/);
  await expect(row).toContainText('Available', { timeout: 20_000 });
  await rules.remove('e2e-egress');
  await expect(rules.dialog).toBeHidden();
  // The rule must be gone before other journeys delete this gateway (rules block its deletion).
  await expect(row).toBeHidden({ timeout: 20_000 });
});
