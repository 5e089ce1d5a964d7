import { expect, type Locator, type Page } from '@playwright/test';
import { NatGatewaysPage } from './nat-gateways.page.ts';

/** Deletion protection on a NAT gateway's detail page, its EIP rows, and the create form. */
export class NatProtectionPage {
  readonly list: NatGatewaysPage;
  readonly dialog: Locator;
  /** The gateway's switch, in its attributes (operators only). */
  readonly gatewaySwitch: Locator;
  readonly eipTable: Locator;

  constructor(readonly page: Page) {
    this.list = new NatGatewaysPage(page);
    this.dialog = page.getByRole('dialog');
    this.gatewaySwitch = page.getByRole('switch', { name: 'Deletion protection', exact: true });
    this.eipTable = page.getByRole('table', { name: 'Bound EIPs' });
  }

  /** Opens a gateway of cn-hangzhou by name from the list. */
  async open(name: string): Promise<void> {
    await this.list.goto('cn-hangzhou');
    await this.list.openDetail(name);
  }

  /** The create form's vSwitch picker once a VPC (by name) is chosen. */
  async startCreate(vpcName: string): Promise<Locator> {
    await this.list.goto('cn-hangzhou');
    await this.list.createButton.click();
    const vpc = this.dialog.getByRole('combobox', { name: 'VPC', exact: true });
    const option = vpc.locator('option', { hasText: vpcName });
    await expect(option).toBeAttached();
    await vpc.selectOption((await option.getAttribute('value')) ?? '');
    return this.dialog.getByRole('combobox', { name: 'vSwitch', exact: true });
  }

  /** Chooses a vSwitch by name, names the gateway, ticks protection and creates. */
  async createProtected(vSwitch: Locator, vSwitchName: string, name: string): Promise<void> {
    const option = vSwitch.locator('option', { hasText: vSwitchName });
    await vSwitch.selectOption((await option.getAttribute('value')) ?? '');
    await this.dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await this.dialog.getByRole('checkbox', { name: 'Deletion protection' }).check();
    await this.dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** The value shown next to an attribute's label (auditors see "On"/"Off" here). */
  attribute(label: string): Locator {
    return this.page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  }

  /** A bound EIP's switch, by its address. */
  eipSwitch(ip: string): Locator {
    return this.page.getByRole('switch', { name: `Deletion protection of EIP ${ip}` });
  }

  /** A bound EIP's row, by its address. */
  eipRow(ip: string): Locator {
    return this.eipTable.getByRole('row').filter({ hasText: ip });
  }

  async openDelete(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** The gateway's ID, from the detail page's URL. */
  gatewayId(): string {
    return new URL(this.page.url()).pathname.split('/').pop() ?? '';
  }

  /** The session's CSRF token, for a direct API call as the signed-in user. */
  async csrfToken(): Promise<string> {
    const session = (await (await this.page.request.get('/api/session')).json()) as {
      csrfToken: string;
    };
    return session.csrfToken;
  }
}
