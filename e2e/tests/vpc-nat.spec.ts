import type { Page } from '@playwright/test';
import {
  AUDITOR_STATE,
  EmulatorAdmin,
  expect,
  expectNoSeriousA11yIssues,
  OPERATOR_STATE,
  test,
} from '../fixtures.ts';
import { NatGatewaysPage } from '../pages/nat-gateways.page.ts';
import { VpcNatPage } from '../pages/vpc-nat.page.ts';

// Issue 13 items 5 and 6: an operator creates a VPC NAT gateway from the console and gives it a
// NAT CIDR block, two NAT IPs, an SNAT entry on one of them and a FULLNAT entry; an auditor sees
// all of it and can change none of it.
const GATEWAY = 'e2e-vpc-nat';
const CIDR = '192.168.70.0/24';
const IP_1 = '192.168.70.10';
const IP_2 = '192.168.70.11';
const SOURCE = '10.10.1.0/24';

test.beforeAll(async () => {
  await new EmulatorAdmin().send('POST', 'reset');
});

async function openGateway(page: Page): Promise<VpcNatPage> {
  const nat = new NatGatewaysPage(page);
  await nat.goto();
  await nat.openDetail(GATEWAY);
  return new VpcNatPage(page);
}

test.describe('as an operator', () => {
  test.use({ storageState: OPERATOR_STATE });

  test('creates a VPC NAT gateway with a NAT CIDR block, NAT IPs, SNAT and FULLNAT', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const nat = new NatGatewaysPage(page);
    const vpcNat = new VpcNatPage(page);
    await nat.goto();
    await vpcNat.createGateway({ name: GATEWAY, vpc: 'prod-core-vpc', vSwitch: 'prod-app-h' });
    await expect(nat.row(GATEWAY)).toContainText('VPC (intranet)');
    await expect(nat.row(GATEWAY).getByText('Available')).toBeVisible({ timeout: 30_000 });
    await nat.openDetail(GATEWAY);

    // A VPC NAT gateway has NAT addresses instead of EIPs: its vSwitch's block is the default.
    await expect(page.getByRole('region', { name: 'Bound EIPs' })).toHaveCount(0);
    await expect(vpcNat.row(vpcNat.cidrTable, '10.10.1.0/24')).toContainText('default');

    await vpcNat.addCidr(CIDR, 'e2e-idc-range');
    await expect(vpcNat.row(vpcNat.cidrTable, CIDR)).toContainText('e2e-idc-range');

    await vpcNat.addNatIp(CIDR, IP_1, 'e2e-nat-ip-1');
    await expect(vpcNat.row(vpcNat.ipTable, IP_1)).toContainText('Available', { timeout: 20_000 });
    await vpcNat.addNatIp(CIDR, IP_2, 'e2e-nat-ip-2');
    await expect(vpcNat.row(vpcNat.ipTable, IP_2)).toContainText('Available', { timeout: 20_000 });

    await vpcNat.renameNatIp('e2e-nat-ip-2', 'e2e-nat-ip-b');
    await expect(vpcNat.row(vpcNat.ipTable, IP_2)).toContainText('e2e-nat-ip-b');

    await vpcNat.addSnat(IP_1, SOURCE);
    const snat = vpcNat.row(vpcNat.snatTable, SOURCE);
    await expect(snat).toContainText(IP_1);
    await expect(snat).toContainText('Available', { timeout: 20_000 });

    await vpcNat.addFullNat({
      name: 'e2e-reverse',
      natIp: IP_2,
      natIpPort: '8080',
      accessIp: '10.10.2.50',
      accessPort: '80',
      eni: 'eni-e2evpcnat01',
    });
    const fullNat = vpcNat.row(vpcNat.fullNatTable, 'e2e-reverse');
    await expect(fullNat).toContainText(`TCP ${IP_2}:8080 → 10.10.2.50:80`);
    await expect(fullNat).toContainText('Available', { timeout: 20_000 });
    // The controls the auditor must not get: an operator has them (so the auditor's 0 means something).
    expect(await vpcNat.writeControls().count()).toBeGreaterThan(5);
    await expectNoSeriousA11yIssues(page);
  });
});

test.describe('as an auditor', () => {
  test.use({ storageState: AUDITOR_STATE });

  test('sees the VPC NAT objects, has no control that changes them, and the API refuses', async ({
    page,
  }) => {
    const vpcNat = await openGateway(page);
    await expect(vpcNat.row(vpcNat.cidrTable, CIDR)).toContainText('e2e-idc-range');
    // The SNAT entry uses the first NAT IP, so it reads "In use" (Associated).
    await expect(vpcNat.row(vpcNat.ipTable, IP_1)).toContainText('In use');
    await expect(vpcNat.row(vpcNat.ipTable, IP_2)).toContainText('e2e-nat-ip-b');
    await expect(vpcNat.row(vpcNat.snatTable, SOURCE)).toContainText(IP_1);
    await expect(vpcNat.row(vpcNat.fullNatTable, 'e2e-reverse')).toContainText(`${IP_2}:8080`);
    await expect(vpcNat.writeControls()).toHaveCount(0);

    const base = `/api/regions/cn-hangzhou/nat-gateways/${page.url().split('/').pop() ?? ''}`;
    const headers = { 'X-CSRF-Token': await vpcNat.csrfToken() };
    const ips = (await (await page.request.get(`${base}/nat-ips`)).json()) as {
      items: { id: string; ip: string }[];
    };
    const natIp = ips.items.find((n) => n.ip === IP_2);
    expect(natIp).toBeDefined();
    const create = await page.request.post(`${base}/nat-ips`, {
      headers,
      data: { cidr: CIDR, ip: '192.168.70.12' },
    });
    expect(create.status()).toBe(403);
    const rename = await page.request.patch(`${base}/nat-ips/${natIp?.id ?? ''}`, {
      headers,
      data: { name: 'auditor-was-here' },
    });
    expect(rename.status()).toBe(403);
    await page.reload();
    await expect(vpcNat.row(vpcNat.ipTable, IP_2)).toContainText('e2e-nat-ip-b');
    await expect(vpcNat.ipTable.getByRole('row')).toHaveCount(4);
  });
});
