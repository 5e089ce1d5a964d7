import type { Locator, Page } from '@playwright/test';

/** The edit controls of a NAT gateway's detail page: DNAT/SNAT entry rows and bound EIPs. */
export class NatEditsPage {
  readonly dnatTable: Locator;
  readonly snatTable: Locator;
  readonly eipTable: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dnatTable = page.getByRole('table', { name: 'DNAT entries' });
    this.snatTable = page.getByRole('table', { name: 'SNAT entries' });
    this.eipTable = page.getByRole('table', { name: 'Bound EIPs' });
    this.dialog = page.getByRole('dialog');
  }

  /** A DNAT entry's row, by its name. */
  dnatRow(name: string): Locator {
    return this.dnatTable.getByRole('row').filter({ hasText: name });
  }

  /** A bound EIP's row, by its address. */
  eipRow(ip: string): Locator {
    return this.eipTable.getByRole('row').filter({ hasText: ip });
  }

  /** Every edit button on the page (none for an auditor). */
  editButtons(): Locator {
    return this.page.getByRole('button', { name: /^Edit (entry|EIP) / });
  }

  /** Opens a DNAT entry's edit form, sets the public port and saves. */
  async setDnatExternalPort(name: string, port: string): Promise<void> {
    await this.dnatRow(name)
      .getByRole('button', { name: /^Edit entry / })
      .click();
    await this.dialog.getByRole('textbox', { name: 'Public port' }).fill(port);
    await this.dialog.getByRole('button', { name: 'Save', exact: true }).click();
  }

  /** Opens an EIP's edit form, renames it and saves. */
  async renameEip(ip: string, name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Edit EIP ${ip}` }).click();
    await this.dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await this.dialog.getByRole('button', { name: 'Save', exact: true }).click();
  }

  /** The session's CSRF token, for a direct API call as the signed-in user. */
  async csrfToken(): Promise<string> {
    const session = (await (await this.page.request.get('/api/session')).json()) as {
      csrfToken: string;
    };
    return session.csrfToken;
  }
}
