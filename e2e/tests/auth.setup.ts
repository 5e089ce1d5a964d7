import { test as setup, expect } from '@playwright/test';
import { AUDITOR_STATE, OPERATOR_STATE } from '../fixtures.ts';

for (const [user, file] of [
  ['operator', OPERATOR_STATE],
  ['auditor', AUDITOR_STATE],
] as const) {
  setup(`sign in as ${user}`, async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Username').fill(user);
    await page.getByLabel('Password').fill(user);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: /sign out|user menu/i }).first()).toBeVisible();
    await page.context().storageState({ path: file });
  });
}
