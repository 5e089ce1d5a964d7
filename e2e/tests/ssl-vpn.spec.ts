import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Page } from '@playwright/test';
import { AUDITOR_STATE, OPERATOR_STATE, expect, test } from '../fixtures.ts';
import { SslVpnPage } from '../pages/ssl-vpn.page.ts';

// Issue 14: an operator runs an SSL-VPN server end to end; an auditor sees it without key
// material; no private key shows up anywhere but in the operator's own configuration download.
const REGION = 'ap-southeast-1';
const API = `/api/regions/${REGION}`;
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;
const SERVER = `e2e-staff-${Date.now().toString(36)}`;

/** Every response body a page receives, but the configuration download (checked on its own). */
function captureBodies(page: Page, into: string[]) {
  page.on('response', (r) => {
    if (/\/client-certs\/[^/]+\/config$/.test(new URL(r.url()).pathname)) return;
    void r.text().then(
      (text) => void into.push(text),
      () => undefined,
    );
  });
}

async function csrf(api: APIRequestContext): Promise<string> {
  return ((await (await api.get('/api/session')).json()) as { csrfToken: string }).csrfToken;
}

async function gatewayId(api: APIRequestContext): Promise<string> {
  const page = (await (await api.get(`${API}/vpn-gateways?q=sg-partner-vpn`)).json()) as {
    items: { id: string; name: string }[];
  };
  return page.items.find((g) => g.name === 'sg-partner-vpn')?.id ?? '';
}

test('SSL-VPN: an operator serves remote clients, an auditor only looks, no key leaks', async ({
  browser,
  emulator,
}) => {
  test.setTimeout(240_000);
  const bodies: string[] = [];
  const opContext = await browser.newContext({ storageState: OPERATOR_STATE });
  const page = await opContext.newPage();
  captureBodies(page, bodies);
  const ssl = new SslVpnPage(page);
  const gw = await gatewayId(page.request);

  await test.step('the operator creates a server on sg-partner-vpn', async () => {
    await page.goto(`/regions/${REGION}/vpn-gateways/${gw}`);
    await ssl.createServer({
      name: SERVER,
      clientIpPool: '192.168.200.0/24',
      localSubnet: '10.50.0.0/16',
    });
    await expect(ssl.servers.getByRole('row').filter({ hasText: SERVER })).toBeVisible();
    // The write put the gateway in updating: the notice shows until it is active again.
    await expect(ssl.busy).toBeHidden({ timeout: 60_000 });
    await ssl.openServer(SERVER);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`SSL-VPN server ${SERVER}`);
  });

  await test.step('issues two certificates and downloads one configuration', async () => {
    for (const name of ['alice-laptop', 'bob-phone']) {
      await expect(ssl.busy).toBeHidden({ timeout: 60_000 });
      await ssl.issueCert(name);
      await expect(ssl.certRow(name)).toContainText('Valid');
    }
    const download = await ssl.downloadConfig('alice-laptop');
    expect(download.suggestedFilename()).toMatch(/^vsc-[a-z0-9]+\.ovpn$/);
    const text = await readFile((await download.path()) ?? '', 'utf8');
    expect(text).toMatch(/<ca>\n-----BEGIN CERTIFICATE-----/);
    expect(text).toMatch(/<cert>\n-----BEGIN CERTIFICATE-----/);
    expect(text).toMatch(/<key>\n-----BEGIN [A-Z ]*PRIVATE KEY-----/);
  });

  const serverId = page.url().split('/').pop() ?? '';
  const certs = (await (
    await page.request.get(`${API}/ssl-vpn-servers/${serverId}/client-certs`)
  ).json()) as { items: { id: string; name: string }[] };
  const certId = (name: string) => certs.items.find((c) => c.name === name)?.id ?? '';

  await test.step('sees simulated clients connected', async () => {
    for (const name of ['alice-laptop', 'bob-phone']) {
      await emulator.send('POST', 'ssl-vpn/connect', {
        regionId: REGION,
        sslVpnClientCertId: certId(name),
      });
    }
    await page.reload();
    await expect(ssl.clients.getByRole('row')).toHaveCount(3);
    await expect(ssl.clients).toContainText(`CN=${certId('alice-laptop')}`);
  });

  await test.step('an auditor sees server, certificates and clients, and changes nothing', async () => {
    const audContext = await browser.newContext({ storageState: AUDITOR_STATE });
    const aud = await audContext.newPage();
    captureBodies(aud, bodies);
    const view = new SslVpnPage(aud);
    await aud.goto(page.url());
    await expect(view.certRow('alice-laptop')).toBeVisible();
    await expect(view.clients.getByRole('row')).toHaveCount(3);
    await expect(aud.getByRole('button', { name: 'Issue certificate' })).toHaveCount(0);
    await expect(view.downloadButton('alice-laptop')).toHaveCount(0);
    await expect(aud.getByRole('button', { name: /^Delete certificate/ })).toHaveCount(0);
    const token = await csrf(aud.request);
    const base = `${API}/ssl-vpn-servers/${serverId}`;
    const cert = `${base}/client-certs/${certId('alice-laptop')}`;
    const headers = { 'X-CSRF-Token': token, 'Idempotency-Key': `aud-${Date.now()}` };
    const refused = [
      await aud.request.post(`${API}/ssl-vpn-servers`, {
        headers,
        data: { vpnGatewayId: gw, clientIpPool: '192.168.201.0/24', localSubnet: '10.0.0.0/8' },
      }),
      await aud.request.patch(base, { headers, data: { name: 'x' } }),
      await aud.request.delete(base, { headers }),
      await aud.request.post(`${base}/client-certs`, { headers, data: { name: 'x' } }),
      await aud.request.patch(cert, { headers, data: { name: 'x' } }),
      await aud.request.delete(cert, { headers }),
      await aud.request.get(`${cert}/config`),
    ];
    for (const r of refused) {
      expect(r.status()).toBe(403);
      bodies.push(await r.text());
    }
    await audContext.close();
  });

  await test.step('deletes a certificate after the warning; its client is gone', async () => {
    await expect(ssl.busy).toBeHidden({ timeout: 60_000 });
    await ssl.startDeleteCert('bob-phone');
    await expect(ssl.dialog).toContainText('disconnects every client of this server');
    await ssl.confirmDelete();
    await expect(ssl.certRow('bob-phone')).toHaveCount(0);
    // Every client dropped; the emulator reconnects holders of other certificates (§3.7).
    await page.reload();
    await expect(ssl.clients.getByRole('row')).toHaveCount(2);
    await expect(ssl.clients).not.toContainText(`CN=${certId('bob-phone')}`);
  });

  await test.step('no private key in any other response, the BFF log or the audit export', async () => {
    const api = page.request;
    const token = await csrf(api);
    await expect(ssl.busy).toBeHidden({ timeout: 60_000 });
    const removed = await api.delete(`${API}/ssl-vpn-servers/${serverId}`, {
      headers: { 'X-CSRF-Token': token },
    });
    expect(removed.status()).toBe(204);
    const csv = await (await api.get('/api/audit/export?format=csv')).text();
    expect(csv).toContain('DescribeSslVpnClientCert');
    const log = await readFile(process.env.E2E_BFF_LOG ?? '', 'utf8').catch(() => '');
    expect(bodies.length).toBeGreaterThan(10);
    expect(bodies.filter((b) => PRIVATE_KEY.test(b))).toEqual([]);
    expect(log).toContain('"service":"bff"');
    expect(log).not.toMatch(PRIVATE_KEY);
    expect(csv).not.toMatch(PRIVATE_KEY);
  });
  await opContext.close();
});
