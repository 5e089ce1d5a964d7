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

  /**
   * From an open "Add IPsec connection" dialog: one customer gateway per tunnel (found by IP),
   * the name and the remote subnets, then creates it.
   */
  async fillAndCreate(o: { name: string; remote: string; masterIp: string; slaveIp: string }) {
    await this.pickCustomerGateway('Master', o.masterIp);
    await this.pickCustomerGateway('Slave', o.slaveIp);
    await this.dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(o.name);
    await this.dialog.getByRole('textbox', { name: /Remote subnets/ }).fill(o.remote);
    await this.dialog.getByRole('button', { name: 'Create connection' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Edits the remote subnets of the open connection's detail page, from `from` to `to`. */
  async editRemoteSubnets(from: string, to: string): Promise<void> {
    await this.editButton.click();
    const remote = this.dialog.getByRole('textbox', { name: /Remote subnets/ });
    await expect(remote).toHaveValue(from);
    await remote.fill(to);
    await this.dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(this.dialog).toBeHidden();
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
