import { expect, type Locator, type Page } from '@playwright/test';

/** The IPv6 gateway list and detail pages, seen as an operator or auditor uses them. */
export class Ipv6Page {
  readonly table: Locator;
  readonly createButton: Locator;
  readonly dialog: Locator;
  readonly addresses: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'IPv6 gateways' });
    this.createButton = page.getByRole('button', { name: 'Create IPv6 gateway' });
    this.dialog = page.getByRole('dialog');
    this.addresses = page.getByRole('table', { name: 'IPv6 addresses in this VPC' });
  }

  async goto(regionId: string, search = ''): Promise<void> {
    await this.page.goto(`/regions/${regionId}/ipv6-gateways${search}`);
    await expect(this.page.getByRole('heading', { name: 'IPv6 gateways', level: 1 })).toBeVisible();
  }

  row(name: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async openDetail(name: string): Promise<void> {
    await this.row(name).getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { name, level: 1 })).toBeVisible();
    await expect(this.addresses).toBeVisible();
  }

  /** The create dialog's VPC picker. */
  vpcPicker(): Locator {
    return this.dialog.getByRole('combobox', { name: 'VPC' });
  }

  /** The picker's option for a VPC name. */
  vpcOption(vpcName: string): Locator {
    return this.vpcPicker().locator('option').filter({ hasText: vpcName });
  }

  /** A row of the addresses table, found by a text it contains. */
  addressRow(text: string | RegExp): Locator {
    return this.addresses.getByRole('row').filter({ hasText: text });
  }

  /** The CSRF token of the page's session, for direct API calls. */
  async csrfToken(): Promise<string> {
    const session = (await (await this.page.request.get('/api/session')).json()) as {
      csrfToken: string;
    };
    return session.csrfToken;
  }
}
