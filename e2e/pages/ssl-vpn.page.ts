import type { Download, Locator, Page } from '@playwright/test';

/** The SSL-VPN servers section of a VPN gateway's page and the SSL server's own page. */
export class SslVpnPage {
  readonly servers: Locator;
  readonly certs: Locator;
  readonly clients: Locator;
  readonly busy: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.servers = page.getByRole('table', { name: 'SSL-VPN servers' });
    this.certs = page.getByRole('table', { name: 'Client certificates' });
    this.clients = page.getByRole('region', { name: 'Connected clients' });
    this.busy = page.getByRole('status').filter({ hasText: 'The gateway is applying a change' });
    this.dialog = page.getByRole('dialog');
  }

  /** Creates a server from the gateway page's section. */
  async createServer(v: { name: string; clientIpPool: string; localSubnet: string }) {
    await this.page.getByRole('button', { name: 'Create SSL-VPN server' }).click();
    await this.dialog.getByRole('textbox', { name: 'Name' }).fill(v.name);
    await this.dialog.getByRole('textbox', { name: 'Client CIDR' }).fill(v.clientIpPool);
    await this.dialog.getByRole('textbox', { name: 'Local CIDRs' }).fill(v.localSubnet);
    await this.dialog.getByRole('button', { name: 'Create', exact: true }).click();
  }

  /** Opens a server's page from the gateway page. */
  async openServer(name: string) {
    await this.page.getByRole('link', { name: `Open SSL-VPN server ${name}` }).click();
  }

  /** A certificate's row, by its name. */
  certRow(name: string): Locator {
    return this.certs.getByRole('row').filter({ hasText: name });
  }

  /** Issues a client certificate. */
  async issueCert(name: string) {
    await this.page.getByRole('button', { name: 'Issue certificate' }).click();
    await this.dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await this.dialog.getByRole('button', { name: 'Issue', exact: true }).click();
  }

  /** Downloads a certificate's `.ovpn` file. */
  async downloadConfig(name: string): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.downloadButton(name).click(),
    ]);
    return download;
  }

  downloadButton(name: string): Locator {
    return this.page.getByRole('button', {
      name: `Download the client configuration of ${name}`,
    });
  }

  /** Opens the delete dialog of a certificate (the caller reads the warning, then confirms). */
  async startDeleteCert(name: string) {
    await this.page.getByRole('button', { name: `Delete certificate ${name}` }).click();
  }

  async confirmDelete() {
    await this.dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  }
}
