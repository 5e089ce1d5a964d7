import { expect, type Locator, type Page } from '@playwright/test';

/** The login page's single sign-on button and the test IdP's own pages, as a user meets them. */
export class OidcPage {
  readonly ssoButton: Locator;
  readonly localUsername: Locator;
  readonly currentUser: Locator;

  constructor(
    readonly page: Page,
    providerName: string,
  ) {
    this.ssoButton = page.getByRole('link', { name: `Sign in with ${providerName}` });
    this.localUsername = page.getByRole('textbox', { name: 'Username' });
    this.currentUser = page.getByTestId('current-user');
  }

  async gotoLogin(): Promise<void> {
    await this.page.goto('/login');
    await expect(this.ssoButton).toBeVisible();
  }

  /** Sign in with the provider: its login form, then back in the console's shell. */
  async signInAs(login: string): Promise<void> {
    await this.ssoButton.click();
    await this.page.getByRole('textbox', { name: 'Username' }).fill(login);
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }

  /** Sign out here, then confirm at the provider; back on the console's login page. */
  async signOutEverywhereItLeads(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await this.page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(this.ssoButton).toBeVisible();
  }
}
