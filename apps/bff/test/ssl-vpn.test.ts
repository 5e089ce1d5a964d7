import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorBodySchema,
  sslVpnClientCertListSchema,
  sslVpnClientCertSchema,
  sslVpnClientListSchema,
  sslVpnLogsSchema,
  sslVpnServerListSchema,
  sslVpnServerSchema,
  vpnGatewayPageSchema,
} from '@gc/contracts';
import type { AuditEvent } from '../src/audit/audit-recorder.ts';
import { startHarness, type Agent, type Harness } from './harness.ts';

// SSL-VPN against a real emulator (immediate timing): the seeded server on hz-office-vpn, then a
// full operator journey on sg-partner-vpn, an auditor's refusals and a scan for key material.
const HZ = '/api/regions/cn-hangzhou';
const SG = '/api/regions/ap-southeast-1';
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;
const events: AuditEvent[] = [];
let h: Harness;
let op: Agent;
let auditor: Agent;

async function gatewayId(region: string, name: string): Promise<string> {
  const page = vpnGatewayPageSchema.parse((await op.get(`${region}/vpn-gateways?q=${name}`)).body);
  return page.items.find((g) => g.name === name)?.id ?? '';
}

beforeAll(async () => {
  h = await startHarness({ audit: { record: async (e) => void events.push(e) } });
  op = await h.operator();
  auditor = await h.auditor();
});
afterAll(() => h.close());

describe('the seeded SSL server', () => {
  it('lists the server, its certificates, its connected clients and its logs', async () => {
    const gw = await gatewayId(HZ, 'hz-office-vpn');
    const servers = sslVpnServerListSchema.parse(
      (await auditor.get(`${HZ}/ssl-vpn-servers?vpnGatewayId=${gw}`)).body,
    );
    expect(servers.items).toHaveLength(1);
    const server = servers.items[0]!;
    expect(server).toMatchObject({ vpnGatewayId: gw, proto: 'UDP', port: 1194, connections: 3 });
    const certs = sslVpnClientCertListSchema.parse(
      (await auditor.get(`${HZ}/ssl-vpn-servers/${server.id}/client-certs`)).body,
    );
    expect(certs.items.map((c) => c.status).sort()).toEqual(['expired', 'expiring-soon', 'normal']);
    const clients = sslVpnClientListSchema.parse(
      (await auditor.get(`${HZ}/ssl-vpn-servers/${server.id}/clients`)).body,
    );
    expect(clients.supported).toBe(true);
    expect(clients.items).toHaveLength(3);
    const to = Math.floor(Date.now() / 1000) + 60;
    const logs = sslVpnLogsSchema.parse(
      (await auditor.get(`${HZ}/ssl-vpn-servers/${server.id}/logs?from=${to - 86_000}&to=${to}`))
        .body,
    );
    expect(logs.lines.some((l) => l.includes('Peer Connection Initiated'))).toBe(true);
  });
});

describe('an operator journey on sg-partner-vpn', () => {
  let serverId = '';
  const certIds: string[] = [];
  let download = '';

  it('creates a server, issues two certificates and renames one', async () => {
    const gw = await gatewayId(SG, 'sg-partner-vpn');
    const created = await op.request('POST', `${SG}/ssl-vpn-servers`, {
      idempotencyKey: 'ssl-create-1',
      body: {
        vpnGatewayId: gw,
        name: 'sg-staff',
        clientIpPool: '192.168.200.0/24',
        localSubnet: '10.50.0.0/16',
        cipher: 'AES-256-CBC',
      },
    });
    expect(created.status, created.text).toBe(201);
    const server = sslVpnServerSchema.parse(created.body);
    expect(server).toMatchObject({
      name: 'sg-staff',
      proto: 'UDP',
      port: 1194,
      maxConnections: 10,
    });
    serverId = server.id;
    for (const name of ['alice-laptop', 'bob-phone']) {
      const r = await op.request('POST', `${SG}/ssl-vpn-servers/${serverId}/client-certs`, {
        idempotencyKey: `cert-${name}`,
        body: { name },
      });
      expect(r.status, r.text).toBe(201);
      certIds.push(sslVpnClientCertSchema.parse(r.body).id);
    }
    const renamed = await op.request(
      'PATCH',
      `${SG}/ssl-vpn-servers/${serverId}/client-certs/${certIds[1]}`,
      {
        body: { name: 'bob-tablet' },
      },
    );
    expect(renamed.status, renamed.text).toBe(200);
    expect(sslVpnClientCertSchema.parse(renamed.body)).toMatchObject({
      name: 'bob-tablet',
      status: 'normal',
    });
  });

  it('downloads a client configuration with CA, certificate and key, uncached, for operators only', async () => {
    const url = `${SG}/ssl-vpn-servers/${serverId}/client-certs/${certIds[0]}/config`;
    const r = await op.get(url);
    expect(r.status, r.text).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="?${certIds[0]}[.]ovpn"?$`),
    );
    download = r.text;
    expect(download).toMatch(/<ca>\n-----BEGIN CERTIFICATE-----/);
    expect(download).toMatch(/<cert>\n-----BEGIN CERTIFICATE-----/);
    expect(download).toMatch(/<key>\n-----BEGIN (RSA )?PRIVATE KEY-----/);
    expect(download).toMatch(/^remote \d+\.\d+\.\d+\.\d+ 1194$/m);
    expect(download).not.toMatch(/^(ca|cert|key) \S+$/m);
    const refused = await auditor.get(url);
    expect(refused.status).toBe(403);
    expect(refused.text).not.toMatch(PRIVATE_KEY);
  });

  it('refuses every write of an auditor with 403', async () => {
    const base = `${SG}/ssl-vpn-servers/${serverId}`;
    const writes = [
      auditor.request('POST', `${base}/client-certs`, {
        idempotencyKey: 'a-1',
        body: { name: 'x' },
      }),
      auditor.request('PATCH', `${base}/client-certs/${certIds[0]}`, { body: { name: 'x' } }),
      auditor.request('DELETE', `${base}/client-certs/${certIds[0]}`),
      auditor.request('PATCH', base, { body: { name: 'x' } }),
      auditor.request('DELETE', base),
    ];
    for (const r of await Promise.all(writes)) expect(r.status).toBe(403);
  });

  it('puts a refused port on its field, changes the server, deletes a certificate and the server', async () => {
    const base = `${SG}/ssl-vpn-servers/${serverId}`;
    const bad = await op.request('PATCH', base, { body: { port: 443 } });
    expect(bad.status).toBe(400);
    expect(errorBodySchema.parse(bad.body).error.fields?.[0]?.path).toBe('port');
    const changed = await op.request('PATCH', base, { body: { port: 1195, compress: true } });
    expect(changed.status, changed.text).toBe(200);
    expect(sslVpnServerSchema.parse(changed.body)).toMatchObject({ port: 1195, compress: true });
    expect((await op.request('DELETE', `${base}/client-certs/${certIds[0]}`)).status).toBe(204);
    const left = sslVpnClientCertListSchema.parse((await op.get(`${base}/client-certs`)).body);
    expect(left.items.map((c) => c.id)).toEqual([certIds[1]]);
    expect((await op.request('DELETE', base)).status).toBe(204);
    expect((await op.get(base)).status).toBe(404);
  });

  it('leaves no private key in any other response, log line or audit entry', () => {
    expect(download).toMatch(PRIVATE_KEY);
    const others = h.responses.filter((t) => t !== download);
    expect(others.filter((t) => PRIVATE_KEY.test(t))).toEqual([]);
    expect(h.logs.filter((l) => PRIVATE_KEY.test(l))).toEqual([]);
    expect(events.filter((e) => PRIVATE_KEY.test(JSON.stringify(e)))).toEqual([]);
    const read = events.filter((e) => e.action === 'DescribeSslVpnClientCert');
    expect(read.map((e) => e.params)).toEqual([{ keyShown: true }, { keyShown: false }]);
  });
});
