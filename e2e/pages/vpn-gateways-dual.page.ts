import { expect, type Locator, type Page } from '@playwright/test';
import { VpnPage } from './vpn.page.ts';

/** The dual-tunnel parts of the VPN gateway pages: the two vSwitch pickers and the attributes. */
export class VpnDualPage extends VpnPage {
  constructor(page: Page) {
    super(page);
  }

  /** Picks the option of a dialog select whose label contains `text`. */
  async choose(select: string, text: string): Promise<void> {
    const picker = this.dialog.getByRole('combobox', { name: select, exact: true });
    const option = picker.locator('option').filter({ hasText: text });
    await expect(option).toHaveCount(1);
    await picker.selectOption((await option.getAttribute('value')) ?? '');
  }

  /** Creates a gateway with two vSwitches, from the list page. */
  async createDual(o: { vpc: string; first: string; second: string; name: string }) {
    await this.createButton.click();
    await expect(this.dialog).toBeVisible();
    await expect(this.dialog.getByText(/Zone-level disaster recovery/)).toBeVisible();
    await this.choose('VPC', o.vpc);
    await this.choose('vSwitch', o.first);
    await this.choose('Second vSwitch (other zone)', o.second);
    await this.dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(o.name);
    await this.dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** The value shown for an attribute of the detail page (`<dt>label</dt><dd>value</dd>`). */
  attribute(label: string): Locator {
    return this.page
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .locator('xpath=following-sibling::*[1]');
  }
}
