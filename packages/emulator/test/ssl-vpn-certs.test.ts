import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN_HEADER, SEED_TIME, startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin, fails, ok } from './signed-call.ts';
import { gatewayNamed, sslCerts, sslClients, sslServers, seededSslVpn } from './ssl-vpn-lookups.ts';

let emu: RunningEmulator;
beforeAll(async () => {
  // Pinned seed dates: hz-office-vpn's subscription is then over, so deleting it meets the
  // dependency checks under test instead of ForbiddenRelease (a start-relative seed keeps it running).
  emu = await startEmulator({ logger: false, timing: { mode: 'manual' }, seedTime: SEED_TIME });
});
afterAll(() => emu.close());
beforeEach(async () => {
  await admin(emu, 'POST', 'reset');
  await admin(emu, 'PUT', 'timing', { mode: 'manual' });
});

const HZ = { RegionId: 'cn-hangzhou' };

const seeded = () => seededSslVpn(emu.url);

describe('client certificates (REFERENCE-2 §3.5–§3.9)', () => {
  it('creates (gateway updating), renames, reads with key material, deletes', async () => {
    const { gw, server } = await seeded();
    const created = await ok<{ SslVpnClientCertId: string; Name: string }>(
      emu.url,
      'CreateSslVpnClientCert',
      {
        ...HZ,
        SslVpnServerId: server.SslVpnServerId,
        Name: 'new-laptop',
      },
    );
    expect(created).toMatchObject({
      SslVpnClientCertId: expect.stringMatching(/^vsc-bp1/),
      Name: 'new-laptop',
    });
    expect((await gatewayNamed(emu.url, 'cn-hangzhou', 'hz-office-vpn')).Status).toBe('updating');
    await admin(emu, 'POST', 'advance');
    const id = { ...HZ, SslVpnClientCertId: created.SslVpnClientCertId };
    expect(await ok(emu.url, 'ModifySslVpnClientCert', { ...id, Name: '新笔记本' })).toMatchObject({
      Name: '新笔记本',
    });
    expect((await fails(emu.url, 'ModifySslVpnClientCert', { ...id, Name: '' })).code).toBe(
      'InvalidName',
    );
    const one = await ok<Record<string, string | number>>(emu.url, 'DescribeSslVpnClientCert', id);
    expect(one).toMatchObject({
      Name: '新笔记本',
      Status: 'normal',
      SslVpnServerId: server.SslVpnServerId,
    });
    const years = (Number(one.EndTime) - Number(one.CreateTime)) / (365 * 86_400_000);
    expect(years).toBeCloseTo(3, 1);
    const ca = new X509Certificate(String(one.CaCert));
    expect(new X509Certificate(String(one.ClientCert)).verify(ca.publicKey)).toBe(true);
    expect(String(one.ClientKey)).toContain('-----BEGIN RSA PRIVATE KEY-----');
    expect(String(one.ClientConfig)).toContain(`remote ${gw.InternetIp} 1194`);
    const list = await sslCerts(emu.url, 'cn-hangzhou', server.SslVpnServerId);
    expect(list).toHaveLength(4);
    expect(JSON.stringify(list)).not.toMatch(/PRIVATE KEY|BEGIN CERTIFICATE/);
    await ok(emu.url, 'DeleteSslVpnClientCert', id);
    expect((await fails(emu.url, 'DescribeSslVpnClientCert', id)).code).toBe(
      'InvalidSslVpnClientCertId.NotFound',
    );
    expect((await fails(emu.url, 'ModifySslVpnClientCert', { ...id, Name: 'x' })).status).toBe(404);
    const unknown = { ...HZ, SslVpnServerId: 'vss-nope' };
    expect(await fails(emu.url, 'CreateSslVpnClientCert', unknown)).toMatchObject({
      status: 404,
      code: 'InvalidSslVpnServerId.NotFound',
    });
  });

  it('deleting one certificate drops every client; the others reconnect when the gateway is active', async () => {
    const { gw, ids } = await seeded();
    await ok(emu.url, 'DeleteSslVpnClientCert', { ...HZ, SslVpnClientCertId: ids[1] ?? '' });
    expect(await sslClients(emu.url, 'cn-hangzhou', gw.VpnGatewayId)).toEqual([]);
    const busy = await fails(emu.url, 'DeleteSslVpnClientCert', {
      ...HZ,
      SslVpnClientCertId: ids[0] ?? '',
    });
    expect(busy.code).toBe('VpnGateway.Configuring');
    await admin(emu, 'POST', 'advance');
    const back = await sslClients(emu.url, 'cn-hangzhou', gw.VpnGatewayId);
    expect(back.map((c) => c.CommonName)).toEqual([`CN=${ids[0]}`, `CN=${ids[0]}`]);
  });

  it('filters and pages the list (max 50)', async () => {
    const { server, ids } = await seeded();
    const page = await ok<{
      TotalCount: number;
      PageSize: number;
      SslVpnClientCertKeys: { SslVpnClientCertKey: unknown[] };
    }>(emu.url, 'DescribeSslVpnClientCerts', {
      ...HZ,
      SslVpnServerId: server.SslVpnServerId,
      PageSize: 2,
      PageNumber: 2,
    });
    expect([
      page.TotalCount,
      page.PageSize,
      page.SslVpnClientCertKeys.SslVpnClientCertKey.length,
    ]).toEqual([3, 2, 1]);
    const byId = await ok<{ TotalCount: number }>(emu.url, 'DescribeSslVpnClientCerts', {
      ...HZ,
      SslVpnClientCertId: ids[2] ?? '',
    });
    expect(byId.TotalCount).toBe(1);
    expect((await fails(emu.url, 'DescribeSslVpnClientCerts', { ...HZ, PageSize: 51 })).code).toBe(
      'InvalidParameter.PageSize.Malformed',
    );
  });
});

describe('servers and gateways', () => {
  it('DeleteVpnGateway is refused while a server exists; DeleteSslVpnServer cascades', async () => {
    const { gw, server, ids } = await seeded();
    const refused = await fails(emu.url, 'DeleteVpnGateway', {
      ...HZ,
      VpnGatewayId: gw.VpnGatewayId,
    });
    // Connections are checked first; both are dependency violations (sheet 1).
    expect(refused.code).toMatch(/^DependencyViolation\.(VpnConnection|SslVpnServer)$/);
    await ok(emu.url, 'DeleteSslVpnServer', { ...HZ, SslVpnServerId: server.SslVpnServerId });
    expect(await sslServers(emu.url, 'cn-hangzhou')).toEqual([]);
    expect(await sslClients(emu.url, 'cn-hangzhou', gw.VpnGatewayId)).toEqual([]);
    expect(
      (
        await fails(emu.url, 'DescribeSslVpnClientCert', {
          ...HZ,
          SslVpnClientCertId: ids[0] ?? '',
        })
      ).status,
    ).toBe(404);
    expect(
      (await fails(emu.url, 'DeleteSslVpnServer', { ...HZ, SslVpnServerId: server.SslVpnServerId }))
        .code,
    ).toBe('InvalidSslVpnServerId.NotFound');
  });

  it('a fresh SSL gateway with only a server answers DependencyViolation.SslVpnServer', async () => {
    const sg = await gatewayNamed(emu.url, 'ap-southeast-1', 'sg-partner-vpn');
    const conns = await ok<{ VpnConnections: { VpnConnection: { VpnConnectionId: string }[] } }>(
      emu.url,
      'DescribeVpnConnections',
      { RegionId: 'ap-southeast-1', VpnGatewayId: sg.VpnGatewayId },
    );
    for (const c of conns.VpnConnections.VpnConnection) {
      await ok(emu.url, 'DeleteVpnConnection', {
        RegionId: 'ap-southeast-1',
        VpnConnectionId: c.VpnConnectionId,
      });
      await admin(emu, 'POST', 'advance');
    }
    await ok(emu.url, 'CreateSslVpnServer', {
      RegionId: 'ap-southeast-1',
      VpnGatewayId: sg.VpnGatewayId,
      ClientIpPool: '172.20.0.0/24',
      LocalSubnet: '10.50.0.0/16',
    });
    await admin(emu, 'POST', 'advance');
    const refused = await fails(emu.url, 'DeleteVpnGateway', {
      RegionId: 'ap-southeast-1',
      VpnGatewayId: sg.VpnGatewayId,
    });
    expect(refused).toMatchObject({ status: 400, code: 'DependencyViolation.SslVpnServer' });
  });
});

describe('admin API: simulated clients', () => {
  const call = (path: string, body: unknown, token = emu.adminToken) =>
    fetch(`${emu.url}/_emulator/ssl-vpn/${path}`, {
      method: 'POST',
      headers: { [ADMIN_TOKEN_HEADER]: token, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('connects and disconnects clients, refusing expired certificates', async () => {
    const { gw, ids } = await seeded();
    const res = await call('connect', {
      regionId: 'cn-hangzhou',
      sslVpnClientCertId: ids[1],
      ip: '198.51.100.9',
      port: 5000,
    });
    expect(res.status).toBe(200);
    const { client } = (await res.json()) as { client: Record<string, unknown> };
    expect(client).toMatchObject({
      Ip: '198.51.100.9',
      Port: '5000',
      Status: 'online',
      PrivateIp: '10.110.0.18',
    });
    expect(await sslClients(emu.url, 'cn-hangzhou', gw.VpnGatewayId)).toHaveLength(4);
    const expired = await call('connect', { regionId: 'cn-hangzhou', sslVpnClientCertId: ids[2] });
    expect([
      expired.status,
      ((await expired.json()) as { error: { code: string } }).error.code,
    ]).toEqual([409, 'Conflict']);
    expect(
      (await call('connect', { regionId: 'cn-hangzhou', sslVpnClientCertId: 'vsc-nope' })).status,
    ).toBe(404);
    expect((await call('connect', { regionId: 'cn-hangzhou' })).status).toBe(400);
    expect(
      (
        await call(
          'connect',
          { regionId: 'cn-hangzhou', sslVpnClientCertId: ids[0] },
          'x'.repeat(20),
        )
      ).status,
    ).toBe(401);
    const off = await admin(emu, 'POST', 'ssl-vpn/disconnect', {
      regionId: 'cn-hangzhou',
      sslVpnClientCertId: ids[0],
    });
    expect(off).toEqual({ ok: true, disconnected: 2 });
    const left = await sslClients(emu.url, 'cn-hangzhou', gw.VpnGatewayId);
    expect(left.map((c) => c.CommonName)).toEqual([`CN=${ids[1]}`, `CN=${ids[1]}`]);
  });
});
