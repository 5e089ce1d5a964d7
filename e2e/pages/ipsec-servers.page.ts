import type { Locator, Page } from '@playwright/test';

/** The IPsec servers section of a VPN gateway's detail page. */
export class IpsecServersSection {
  readonly table: Locator;
  readonly createButton: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'IPsec servers' });
    this.createButton = page.getByRole('button', { name: 'Create IPsec server' });
    this.dialog = page.getByRole('dialog');
  }

  /** A server's row, by its name. */
  row(name: string): Locator {
    return this.table.getByRole('row').filter({ hasText: name });
  }

  editButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Edit IPsec server ${name}` });
  }

  /** Fills and submits the create form. */
  async create(v: { name: string; pool: string; local: string; psk: string }): Promise<void> {
    await this.createButton.click();
    await this.dialog.getByRole('textbox', { name: 'Name' }).fill(v.name);
    await this.dialog.getByRole('textbox', { name: 'Client CIDR block' }).fill(v.pool);
    await this.dialog.getByRole('textbox', { name: 'Local CIDR blocks' }).fill(v.local);
    await this.dialog.getByLabel('Pre-shared key').fill(v.psk);
    await this.dialog.getByRole('button', { name: 'Create', exact: true }).click();
  }

  /** Opens the edit form (filled), renames the server and saves. */
  async rename(from: string, to: string): Promise<void> {
    await this.editButton(from).click();
    await this.dialog.getByRole('textbox', { name: 'Name' }).fill(to);
    await this.dialog.getByRole('button', { name: 'Save', exact: true }).click();
  }

  /** Opens the logs dialog; answers the log text. */
  async openLogs(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Logs of IPsec server ${name}` }).click();
    return this.dialog.getByLabel('Log lines');
  }

  /** Closes the logs dialog (a success notice has a Close button too). */
  async closeLogs(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
  }

  /** Deletes a server, confirming in the dialog. */
  async remove(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Delete IPsec server ${name}` }).click();
    await this.dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  }
}
