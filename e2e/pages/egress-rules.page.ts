import type { Locator, Page } from '@playwright/test';

/** The egress-only rules section of an IPv6 gateway's detail page. */
export class EgressRulesSection {
  readonly table: Locator;
  readonly addButton: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Egress-only rules' });
    this.addButton = page.getByRole('button', { name: 'Add egress-only rule' });
    this.dialog = page.getByRole('dialog');
  }

  /** A rule's row, by its name. */
  row(name: string): Locator {
    return this.table.getByRole('row').filter({ hasText: name });
  }

  /** Adds a rule on the address whose option label contains `addressName`. */
  async add(addressName: string, name: string): Promise<void> {
    await this.addButton.click();
    const picker = this.dialog.getByRole('combobox', { name: 'IPv6 address' });
    const option = picker.locator('option').filter({ hasText: addressName });
    await picker.selectOption((await option.getAttribute('value')) ?? '');
    await this.dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await this.dialog.getByRole('button', { name: 'Add', exact: true }).click();
  }

  /** Deletes a rule, confirming in the dialog. */
  async remove(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Delete egress-only rule ${name}` }).click();
    await this.dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  }
}
