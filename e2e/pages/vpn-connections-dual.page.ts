import { expect, type Locator, type Page } from '@playwright/test';

/** A dual-tunnel IPsec connection: the create/edit dialog and the connection's detail page. */
export class DualConnectionPage {
  readonly dialog: Locator;
  readonly tunnels: Locator;
  readonly editButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
    this.tunnels = page.getByRole('table', { name: 'Tunnels' });
    this.editButton = page.getByRole('button', { name: 'Edit', exact: true });
  }

  /** One tunnel fieldset of the dialog ("Master tunnel" / "Slave tunnel"). */
  tunnelFields(role: 'Master' | 'Slave'): Locator {
    return this.dialog.getByRole('group', { name: `${role} tunnel` });
  }

  /** Picks the customer gateway whose label contains `text` for one tunnel. */
  async pickCustomerGateway(role: 'Master' | 'Slave', text: string): Promise<void> {
    const picker = this.tunnelFields(role).getByRole('combobox', { name: /Customer gateway/ });
    const option = picker.locator('option').filter({ hasText: text });
    await expect(option).toHaveCount(1);
    await picker.selectOption((await option.getAttribute('value')) ?? '');
  }

  /** Opens a connection's detail page from the gateway's connections table. */
  async openConnection(name: string): Promise<void> {
    await this.page
      .getByRole('table', { name: 'IPsec connections' })
      .getByRole('link', { name, exact: true })
      .click();
    await expect(this.page.getByRole('heading', { name, level: 1 })).toBeVisible();
  }

  /** The detail page's row of one tunnel ("Master" / "Slave"). */
  tunnelRow(role: 'Master' | 'Slave'): Locator {
    return this.tunnels.getByRole('row').filter({ hasText: new RegExp(`^${role}tun-`) });
  }

  /** The tunnel id shown in a row (`tun-…`). */
  async tunnelId(role: 'Master' | 'Slave'): Promise<string> {
    const text = (await this.tunnelRow(role).getByRole('cell').first().textContent()) ?? '';
    return /tun-[\w-]+/.exec(text)?.[0] ?? '';
  }
}
