import { expect, type Locator, type Page } from '@playwright/test';

/** A FULLNAT entry as the form asks for it. */
export interface FullNatInput {
  name: string;
  natIp: string;
  natIpPort: string;
  accessIp: string;
  accessPort: string;
  eni: string;
}

/** Chooses the option of a native select whose text contains `text` (labels carry ids and CIDRs). */
async function chooseByText(select: Locator, text: string): Promise<void> {
  const option = select.locator('option', { hasText: text }).first();
  await expect(option).toBeAttached();
  await select.selectOption((await option.getAttribute('value')) ?? '');
}

/** A VPC NAT gateway's detail page: NAT CIDR blocks, NAT IPs, FULLNAT and SNAT entries. */
export class VpcNatPage {
  readonly dialog: Locator;
  readonly cidrTable: Locator;
  readonly ipTable: Locator;
  readonly fullNatTable: Locator;
  readonly snatTable: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
    this.cidrTable = page.getByRole('table', { name: 'NAT IP CIDR blocks' });
    this.ipTable = page.getByRole('table', { name: 'NAT IPs' });
    this.fullNatTable = page.getByRole('table', { name: 'FULLNAT entries' });
    this.snatTable = page.getByRole('table', { name: 'SNAT entries' });
  }

  /** From the NAT gateway list: a VPC NAT gateway (network type intranet) in the named VPC and vSwitch. */
  async createGateway(o: { name: string; vpc: string; vSwitch: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Create NAT gateway' }).click();
    await chooseByText(this.dialog.getByRole('combobox', { name: 'VPC', exact: true }), o.vpc);
    const vSwitch = this.dialog.getByRole('combobox', { name: 'vSwitch', exact: true });
    await chooseByText(vSwitch, o.vSwitch);
    await this.dialog.getByRole('combobox', { name: 'Network type' }).selectOption('intranet');
    await this.dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(o.name);
    await this.dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** A row of one of the tables, by any text in it (an address, a name). */
  row(table: Locator, text: string): Locator {
    return table.getByRole('row').filter({ hasText: text });
  }

  async addCidr(cidr: string, name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add NAT CIDR block' }).click();
    await this.dialog.getByRole('textbox', { name: 'CIDR block' }).fill(cidr);
    await this.dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await this.submit('Add');
  }

  async addNatIp(cidr: string, ip: string, name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add NAT IP' }).click();
    await this.dialog.getByRole('combobox', { name: 'NAT CIDR block' }).selectOption(cidr);
    await this.dialog.getByRole('textbox', { name: 'NAT IP', exact: true }).fill(ip);
    await this.dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await this.submit('Add');
  }

  async renameNatIp(current: string, name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Edit NAT IP ${current}` }).click();
    await this.dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await this.submit('Save');
  }

  /** An SNAT entry translating `sourceCidr` to one NAT IP (the form offers NAT IPs, not EIPs). */
  async addSnat(natIp: string, sourceCidr: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add SNAT entry' }).click();
    await this.dialog.getByRole('checkbox', { name: natIp, exact: true }).check();
    await this.dialog.getByRole('textbox', { name: 'Source CIDR block' }).fill(sourceCidr);
    await this.submit('Add');
  }

  async addFullNat(e: FullNatInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Add FULLNAT entry' }).click();
    const d = this.dialog;
    await d.getByRole('textbox', { name: 'Name', exact: true }).fill(e.name);
    await d.getByRole('combobox', { name: 'NAT IP', exact: true }).selectOption(e.natIp);
    await d.getByRole('textbox', { name: 'NAT IP port' }).fill(e.natIpPort);
    await d.getByRole('textbox', { name: 'Backend IP' }).fill(e.accessIp);
    await d.getByRole('textbox', { name: 'Backend port' }).fill(e.accessPort);
    await d.getByRole('textbox', { name: 'Reverse endpoint ENI' }).fill(e.eni);
    await this.submit('Add');
  }

  /** Every control that would change the VPC NAT objects or entries (none for an auditor). */
  writeControls(): Locator {
    return this.page.getByRole('button', {
      name: /^(Add|Edit|Delete) (NAT|FULLNAT|SNAT|DNAT)|^Edit entry /,
    });
  }

  /** The session's CSRF token, for a direct API call as the signed-in user. */
  async csrfToken(): Promise<string> {
    const session = (await (await this.page.request.get('/api/session')).json()) as {
      csrfToken: string;
    };
    return session.csrfToken;
  }

  private async submit(label: string): Promise<void> {
    await this.dialog.getByRole('button', { name: label, exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }
}
