import { expect, type Locator, type Page } from '@playwright/test';

/** The NAT gateway list and detail pages, seen as an operator uses them. */
export class NatGatewaysPage {
  readonly table: Locator;
  readonly createButton: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'NAT gateways' });
    this.createButton = page.getByRole('button', { name: 'Create NAT gateway' });
    this.dialog = page.getByRole('dialog');
  }

  async goto(regionId = 'cn-hangzhou', search = ''): Promise<void> {
    await this.page.goto(`/regions/${regionId}/nat-gateways${search}`);
    await expect(this.page.getByRole('heading', { name: 'NAT gateways', level: 1 })).toBeVisible();
  }

  row(name: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** Fills the create form: the first VPC that has a vSwitch, then its first vSwitch. */
  async fillCreateForm(name: string): Promise<void> {
    await this.createButton.click();
    await expect(this.dialog).toBeVisible();
    const vpc = this.dialog.getByRole('combobox', { name: 'VPC', exact: true });
    await expect(vpc.locator('option').nth(1)).toBeAttached();
    await vpc.selectOption({ index: 1 });
    const vSwitch = this.dialog.getByRole('combobox', { name: 'vSwitch', exact: true });
    await expect(vSwitch.locator('option').nth(1)).toBeAttached();
    await vSwitch.selectOption({ index: 1 });
    await this.dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  }

  async submitCreate(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Create', exact: true }).click();
  }

  async openDetail(name: string): Promise<void> {
    await this.row(name).getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { name, level: 1 })).toBeVisible();
  }
}
