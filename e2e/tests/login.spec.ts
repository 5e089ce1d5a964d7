import { expect, expectNoSeriousA11yIssues, test } from '../fixtures.ts';

test('a wrong password is refused on the form and the login page is accessible', async ({
  page,
}) => {
  await page.goto('/login');
  // Demo mode names its users, so a stakeholder can sign in without asking (issue 18).
  await expect(page.getByText('Demo mode')).toBeVisible();
  await expect(page.getByText(/operator \/ operator/)).toBeVisible();
  await expectNoSeriousA11yIssues(page);
  await page.getByLabel('Username').fill('operator');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Wrong username or password.')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/login.png' });
});
