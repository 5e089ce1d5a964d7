import type { Locator, Page } from '@playwright/test';

/** The Routes section of a VPN gateway's detail page: destination and policy-based routes. */
export class VpnRoutesSection {
  readonly destinations: Locator;
  readonly policies: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.destinations = page.getByRole('table', { name: 'Destination routes' });
    this.policies = page.getByRole('table', { name: 'Policy-based routes' });
    this.dialog = page.getByRole('dialog');
  }

  /** A route's row in a table, by a text its key contains (its destination, source…). */
  row(table: Locator, text: string): Locator {
    return table.getByRole('row').filter({ hasText: text });
  }

  private async fillRoute(o: {
    destination: string;
    connection: string;
    source?: string;
    priority?: string;
    publish?: boolean;
  }) {
    if (o.source) await this.dialog.getByRole('textbox', { name: 'Source CIDR' }).fill(o.source);
    await this.dialog.getByRole('textbox', { name: 'Destination CIDR' }).fill(o.destination);
    const hop = this.dialog.getByRole('combobox', { name: 'Next hop (IPsec connection)' });
    const option = hop.locator('option').filter({ hasText: o.connection });
    await hop.selectOption((await option.getAttribute('value')) ?? '');
    if (o.priority) await this.dialog.getByRole('textbox', { name: 'Priority' }).fill(o.priority);
    if (o.publish) await this.dialog.getByRole('checkbox', { name: /Publish to the VPC/ }).check();
    await this.dialog.getByRole('button', { name: 'Add route' }).click();
  }

  /** Adds a destination route to `destination` via the connection named `connection`. */
  async addDestination(destination: string, connection: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add destination route' }).click();
    await this.fillRoute({ destination, connection });
  }

  /** Adds a policy route from `source` to `destination` via `connection`. */
  async addPolicy(o: {
    source: string;
    destination: string;
    connection: string;
    priority: string;
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add policy route' }).click();
    await this.fillRoute(o);
  }

  /** Presses a row button whose accessible name starts with `verb` (Publish, Withdraw, Change, Delete). */
  rowButton(row: Locator, verb: 'Publish' | 'Withdraw' | 'Change' | 'Delete'): Locator {
    return row.getByRole('button', { name: new RegExp(`^${verb} route `) });
  }

  /** Changes a route's weight in the change dialog. */
  async changeWeight(row: Locator, weight: '100 (active)' | '0 (standby)'): Promise<void> {
    await this.rowButton(row, 'Change').click();
    await this.dialog.getByRole('combobox', { name: 'New weight' }).selectOption({ label: weight });
    await this.dialog.getByRole('button', { name: 'Save' }).click();
  }

  /** Deletes a route, confirming in the dialog; returns the confirmation's text (the full key). */
  async remove(row: Locator): Promise<string> {
    await this.rowButton(row, 'Delete').click();
    const text = (await this.dialog.textContent()) ?? '';
    await this.dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    return text;
  }
}
