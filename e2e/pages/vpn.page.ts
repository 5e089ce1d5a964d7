import { expect, type Locator, type Page } from '@playwright/test';

/** The VPN pages (gateways, customer gateways, detail), as an operator or auditor uses them. */
export class VpnPage {
  readonly table: Locator;
  readonly customerTable: Locator;
  readonly connections: Locator;
  readonly dialog: Locator;
  readonly createButton: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'VPN gateways' });
    this.customerTable = page.getByRole('table', { name: 'Customer gateways' });
    this.connections = page.getByRole('table', { name: 'IPsec connections' });
    this.dialog = page.getByRole('dialog');
    this.createButton = page.getByRole('button', { name: 'Create VPN gateway' });
  }

  async goto(regionId: string): Promise<void> {
    await this.page.goto(`/regions/${regionId}/vpn-gateways`);
    await expect(this.page.getByRole('heading', { name: 'VPN gateways', level: 1 })).toBeVisible();
  }

  async gotoCustomerGateways(regionId: string): Promise<void> {
    await this.page.goto(`/regions/${regionId}/vpn-gateways`);
    await this.page.getByRole('tab', { name: 'Customer gateways' }).click();
    await expect(
      this.page.getByRole('heading', { name: 'Customer gateways', level: 1 }),
    ).toBeVisible();
  }

  /** Registers a customer gateway from the Customer gateways tab. */
  async registerCustomerGateway(regionId: string, name: string, ip: string): Promise<void> {
    await this.gotoCustomerGateways(regionId);
    await this.page.getByRole('button', { name: 'Register customer gateway' }).click();
    await this.dialog.getByRole('textbox', { name: 'IP address' }).fill(ip);
    await this.dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await this.dialog.getByRole('button', { name: 'Register', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Deletes an unused customer gateway from the Customer gateways tab. */
  async deleteCustomerGateway(regionId: string, name: string): Promise<void> {
    await this.gotoCustomerGateways(regionId);
    await this.customerRow(name)
      .getByRole('button', { name: /^Delete customer gateway/ })
      .click();
    await this.dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(this.dialog).toBeHidden();
    await expect(this.customerRow(name)).toHaveCount(0);
  }

  row(name: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  customerRow(name: string): Locator {
    return this.customerTable.getByRole('row').filter({ hasText: name });
  }

  /** The status badge next to the detail page's heading. */
  headerStatus(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async openDetail(name: string): Promise<void> {
    await this.row(name).getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { name, level: 1 })).toBeVisible();
  }

  /** Opens "Add IPsec connection" and picks the customer gateway whose label contains `cgw`. */
  async startConnection(cgw: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add IPsec connection' }).click();
    await expect(this.dialog).toBeVisible();
    const picker = this.dialog.getByRole('combobox', { name: 'Customer gateway' });
    const option = picker.locator('option').filter({ hasText: cgw });
    await expect(option).toHaveCount(1);
    await picker.selectOption((await option.getAttribute('value')) ?? '');
  }

  /** Ticks one gateway in the list and adds a tag to it from the bulk bar. */
  async bulkTag(name: string, key: string, value: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Select ${name}` }).check();
    await this.page
      .getByRole('region', { name: 'Bulk actions' })
      .getByRole('button', { name: 'Add tag' })
      .click();
    await this.dialog.getByLabel('Tag key').fill(key);
    await this.dialog.getByLabel('Tag value').fill(value);
    await this.dialog.getByRole('button', { name: 'Add tag' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** On the detail page: changes the value of the gateway's first tag. */
  async editFirstTag(value: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Edit tags' }).click();
    await this.dialog.getByRole('textbox', { name: 'Tag 1 value' }).fill(value);
    await this.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** The CSRF token of the page's session, for direct API calls. */
  async csrfToken(): Promise<string> {
    const session = (await (await this.page.request.get('/api/session')).json()) as {
      csrfToken: string;
    };
    return session.csrfToken;
  }
}
