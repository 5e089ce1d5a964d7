import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The diagnosis section and the peer-config download of a VPN gateway's detail page. */
export class VpnDiagnosticsPage {
  readonly section: Locator;
  readonly results: Locator;
  readonly connections: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Diagnosis' });
    this.results = page.getByRole('table', { name: 'Diagnosis results' });
    this.connections = page.getByRole('table', { name: 'IPsec connections' });
  }

  /** Opens the detail page of the gateway named `name` from the region's list. */
  async openGateway(regionId: string, name: string): Promise<void> {
    await this.page.goto(`/regions/${regionId}/vpn-gateways`);
    await this.page.getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { name, level: 1 })).toBeVisible();
  }

  /** Picks the connection whose label contains `connection` and starts a diagnosis of it. */
  async diagnose(connection: string): Promise<void> {
    const picker = this.section.getByRole('combobox', { name: 'Connection to diagnose' });
    const option = picker.locator('option').filter({ hasText: connection });
    await picker.selectOption((await option.getAttribute('value')) ?? '');
    await this.section.getByRole('button', { name: /^Diagnose IPsec connection/ }).click();
  }

  /** The result row of one check, by its displayed name. */
  check(name: string): Locator {
    return this.results.getByRole('row').filter({ hasText: name });
  }

  /** Downloads the peer configuration of the connection row holding `text`; returns the file. */
  async downloadPeerConfig(text: string): Promise<Download> {
    const row = this.connections.getByRole('row').filter({ hasText: text });
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      row.getByRole('button', { name: /^Download the peer configuration of vco-/ }).click(),
    ]);
    return download;
  }
}
