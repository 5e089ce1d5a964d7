import { AUDITOR_STATE, EmulatorAdmin, expect, OPERATOR_STATE, test } from '../fixtures.ts';
import { IpsecServersSection } from '../pages/ipsec-servers.page.ts';
import { VpnPage } from '../pages/vpn.page.ts';

const PSK = 'e2e-Ipsec-Key-7731';

test.beforeAll(async () => {
  await new EmulatorAdmin().send('POST', 'reset');
});

test.describe('as an operator', () => {
  test.use({ storageState: OPERATOR_STATE });

  test('creates an IPsec server, edits it, reads its logs and deletes it', async ({ page }) => {
    const seen: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/api/'))
        void r.text().then(
          (t) => seen.push(t),
          () => undefined,
        );
    });
    const vpn = new VpnPage(page);
    await vpn.goto('cn-hangzhou');
    await vpn.openDetail('hz-office-vpn');
    const iss = new IpsecServersSection(page);
    await iss.create({ name: 'e2e-field', pool: '10.120.0.0/24', local: '10.10.0.0/16', psk: PSK });
    await expect(iss.dialog).toBeHidden();
    await expect(iss.row('e2e-field')).toContainText('10.120.0.0/24');
    // Each write puts the gateway in `updating`; the page polls until it is active again.
    await expect(iss.editButton('e2e-field')).toBeEnabled({ timeout: 20_000 });
    await iss.rename('e2e-field', 'e2e-field-2');
    await expect(iss.dialog).toBeHidden();
    await expect(iss.row('e2e-field-2')).toBeVisible();
    const logs = await iss.openLogs('e2e-field-2');
    await expect(logs).toContainText('configuration updated');
    await iss.closeLogs();
    await expect(iss.editButton('e2e-field-2')).toBeEnabled({ timeout: 20_000 });
    await iss.remove('e2e-field-2');
    await expect(iss.row('e2e-field-2')).toBeHidden({ timeout: 20_000 });
    await expect(
      page.getByText('No IPsec server on this gateway.', { exact: false }),
    ).toBeVisible();
    for (const body of seen) expect(body).not.toContain(PSK);
  });
});

test.describe('as an auditor', () => {
  test.use({ storageState: AUDITOR_STATE });

  test('sees the seeded server and its logs, with no control that changes it', async ({ page }) => {
    const vpn = new VpnPage(page);
    await vpn.goto('ap-southeast-1');
    await vpn.openDetail('sg-partner-vpn');
    const iss = new IpsecServersSection(page);
    await expect(iss.row('sg-field-staff')).toContainText('172.30.0.0/24');
    await expect(await iss.openLogs('sg-field-staff')).toContainText('IKE_SA');
    await iss.closeLogs();
    await expect(page.getByRole('button', { name: /IPsec server/ })).toHaveCount(1);
    await expect(iss.createButton).toHaveCount(0);
    const list = await page.request.get('/api/regions/ap-southeast-1/ipsec-servers');
    const id = ((await list.json()) as { items: { id: string }[] }).items[0]?.id ?? '';
    expect(await list.text()).not.toMatch(/"psk"/i);
    const headers = { 'X-CSRF-Token': await vpn.csrfToken(), 'Idempotency-Key': 'e2e-iss-aud-1' };
    const attempts = [
      page.request.post('/api/regions/ap-southeast-1/ipsec-servers', {
        headers,
        data: { vpnGatewayId: 'vpn-x1', clientIpPool: '10.9.0.0/24', localSubnet: '10.8.0.0/16' },
      }),
      page.request.patch(`/api/regions/ap-southeast-1/ipsec-servers/${id}`, {
        headers,
        data: { name: 'auditor' },
      }),
      page.request.delete(`/api/regions/ap-southeast-1/ipsec-servers/${id}`, { headers }),
    ];
    for (const res of await Promise.all(attempts)) expect(res.status()).toBe(403);
  });
});
