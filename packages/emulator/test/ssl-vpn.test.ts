import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin, fails, ok, signedCall } from './signed-call.ts';
import { gatewayNamed, seededSslVpn, sslClients, sslServers } from './ssl-vpn-lookups.ts';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'manual' } });
});
afterAll(() => emu.close());
beforeEach(async () => {
  await admin(emu, 'POST', 'reset');
  await admin(emu, 'PUT', 'timing', { mode: 'manual' });
});

const HZ = { RegionId: 'cn-hangzhou' };
const SG = { RegionId: 'ap-southeast-1' };

const seeded = () => seededSslVpn(emu.url);

describe('seeded SSL-VPN demo', () => {
  it('has a server with certificates of each status and three connected clients', async () => {
    const { gw, server, certs } = await seeded();
    expect(server).toMatchObject({
      ClientIpPool: '10.110.0.0/24',
      Proto: 'UDP',
      Port: 1194,
      Connections: 3,
      MaxConnections: 50,
      Compress: false,
      InternetIp: gw.InternetIp,
    });
    expect(certs.map((c) => c.Status)).toEqual(['normal', 'expiring-soon', 'expired']);
    expect(Object.keys(certs[0] ?? {})).not.toContain('ClientKey');
    const clients = await sslClients(emu.url, 'cn-hangzhou', gw.VpnGatewayId);
    expect(clients).toHaveLength(3);
    expect(clients[0]).toMatchObject({
      Status: 'online',
      CommonName: `CN=${certs[0]?.SslVpnClientCertId}`,
    });
    expect(typeof clients[0]?.Port).toBe('string');
    expect(clients.map((c) => c.PrivateIp)).toEqual(['10.110.0.6', '10.110.0.14', '10.110.0.10']);
  });

  it('renders ClientInfoList as a bare array in XML too', async () => {
    const { gw } = await seeded();
    const r = await signedCall(
      emu.url,
      'DescribeSslVpnClients',
      { ...HZ, VpnGatewayId: gw.VpnGatewayId },
      { format: 'XML' },
    );
    expect(r.text.match(/<ClientInfoList>/g)).toHaveLength(3);
    expect(r.text).not.toContain('<ClientInfo>');
  });
});

describe('CreateSslVpnServer rules (REFERENCE-2 §3.1)', () => {
  it('needs SSL on the gateway, one server per gateway, and valid settings', async () => {
    const noSsl = await gatewayNamed(emu.url, 'cn-hangzhou', '支付专线备份VPN');
    const base = { ClientIpPool: '192.168.100.0/24', LocalSubnet: '10.20.0.0/16' };
    const create = (gw: string, extra: Record<string, string | number | boolean> = {}) =>
      fails(emu.url, 'CreateSslVpnServer', { ...HZ, VpnGatewayId: gw, ...base, ...extra });
    expect(await create(noSsl.VpnGatewayId)).toMatchObject({
      status: 400,
      code: 'OperationFailed.SslNotSupport',
    });
    const { gw } = await seeded();
    expect((await create(gw.VpnGatewayId)).code).toBe('Resource.QuotaFull');
    expect((await create('vpn-nope')).code).toBe('InvalidVpnGatewayInstanceId.NotFound');
    const sg = await gatewayNamed(emu.url, 'ap-southeast-1', 'sg-partner-vpn');
    const bad = (extra: Record<string, string | number | boolean>) =>
      fails(emu.url, 'CreateSslVpnServer', {
        ...SG,
        VpnGatewayId: sg.VpnGatewayId,
        ...base,
        ...extra,
      });
    // 10 connections need a /26: a /27 is too small (4 addresses per client).
    expect((await bad({ ClientIpPool: '192.168.100.0/27' })).code).toBe(
      'InvalidParameter.ClientIpPool.Malformed',
    );
    expect((await bad({ Port: 443 })).code).toBe('InvalidParameter.Port.ValueNotSupported');
    expect((await bad({ Proto: 'ICMP' })).code).toBe('InvalidParameter.Proto.ValueNotSupported');
    expect((await bad({ Cipher: 'DES' })).code).toBe('InvalidParameter.Cipher.ValueNotSupported');
    expect((await bad({ Name: 'https://x' })).code).toBe('InvalidName');
    expect((await bad({ EnableMultiFactorAuth: true })).code).toBe('MissingParameter');
    expect((await bad({ LocalSubnet: '' })).code).toBe('InvalidParameter.LocalSubnet.Malformed');
    expect((await bad({ DryRun: true })).code).toBe('DryRunOperation');
  });

  it('serves a dual-tunnel gateway on its own SSL IP and locks the gateway while it applies', async () => {
    const sg = await gatewayNamed(emu.url, 'ap-southeast-1', 'sg-partner-vpn');
    const r = await ok<{ SslVpnServerId: string; Name: string }>(emu.url, 'CreateSslVpnServer', {
      ...SG,
      VpnGatewayId: sg.VpnGatewayId,
      ClientIpPool: '192.168.100.0/26',
      LocalSubnet: '10.50.0.0/16,10.51.1.0/24',
    });
    expect(r.SslVpnServerId).toMatch(/^vss-t4n/);
    expect(r.Name).toBe(r.SslVpnServerId);
    expect((await gatewayNamed(emu.url, 'ap-southeast-1', 'sg-partner-vpn')).Status).toBe(
      'updating',
    );
    const busy = await fails(emu.url, 'CreateSslVpnClientCert', {
      ...SG,
      SslVpnServerId: r.SslVpnServerId,
    });
    expect(busy).toMatchObject({ status: 400, code: 'VpnGateway.Configuring' });
    const [server] = await sslServers(emu.url, 'ap-southeast-1', sg.VpnGatewayId);
    expect(server).toMatchObject({
      Proto: 'TCP',
      Port: 1194,
      Cipher: 'AES-128-CBC',
      Compress: false,
      MaxConnections: 10,
    });
    expect(server?.InternetIp).toMatch(/^47\.74\./);
    expect([sg.InternetIp, sg.DisasterRecoveryInternetIp]).not.toContain(server?.InternetIp);
    await admin(emu, 'POST', 'advance');
    expect((await gatewayNamed(emu.url, 'ap-southeast-1', 'sg-partner-vpn')).Status).toBe('active');
  });
});

describe('ModifySslVpnServer (REFERENCE-2 §3.2)', () => {
  it('renames synchronously; other changes lock the gateway and restart the clients', async () => {
    const { gw, server } = await seeded();
    const id = { ...HZ, SslVpnServerId: server.SslVpnServerId };
    const renamed = await ok<Record<string, unknown>>(emu.url, 'ModifySslVpnServer', {
      ...id,
      Name: 'staff',
    });
    expect(renamed).toMatchObject({ Name: 'staff', Connections: 3, MaxConnections: 50 });
    expect(renamed).not.toHaveProperty('DnsServers');
    expect((await gatewayNamed(emu.url, 'cn-hangzhou', 'hz-office-vpn')).Status).toBe('active');
    const moved = await ok<Record<string, unknown>>(emu.url, 'ModifySslVpnServer', {
      ...id,
      Port: 1195,
      Proto: 'tcp',
    });
    expect(moved).toMatchObject({ Port: 1195, Proto: 'TCP', Connections: 0 });
    expect((await gatewayNamed(emu.url, 'cn-hangzhou', 'hz-office-vpn')).Status).toBe('updating');
    expect((await fails(emu.url, 'ModifySslVpnServer', { ...id, Port: 1196 })).code).toBe(
      'VpnGateway.Configuring',
    );
    await admin(emu, 'POST', 'advance');
    expect(await sslClients(emu.url, 'cn-hangzhou', gw.VpnGatewayId)).toHaveLength(3);
    expect(
      (await fails(emu.url, 'ModifySslVpnServer', { ...id, ClientIpPool: '10.10.0.0/24' })).code,
    ).toBe('InvalidParameter.ClientIpPool.Malformed');
  });
});

describe('two-factor authentication (REFERENCE-2 §3.1, §3.10)', () => {
  it('keeps the IDaaS settings, names clients by user and asks for a password in the config', async () => {
    const sg = await gatewayNamed(emu.url, 'ap-southeast-1', 'sg-partner-vpn');
    const { SslVpnServerId } = await ok<{ SslVpnServerId: string }>(emu.url, 'CreateSslVpnServer', {
      ...SG,
      VpnGatewayId: sg.VpnGatewayId,
      ClientIpPool: '192.168.100.0/26',
      LocalSubnet: '10.50.0.0/16',
      EnableMultiFactorAuth: true,
      IDaaSInstanceId: 'idaas-cn-test',
      IDaaSRegionId: 'cn-hangzhou',
      IDaaSApplicationId: 'app_test',
    });
    await admin(emu, 'POST', 'advance');
    const [server] = await sslServers(emu.url, 'ap-southeast-1', sg.VpnGatewayId);
    expect(server).toMatchObject({
      EnableMultiFactorAuth: true,
      IDaaSInstanceVersion: 'EIAM 2.0',
      IDaaSRegionId: 'cn-hangzhou',
    });
    const cert = await ok<{ SslVpnClientCertId: string }>(emu.url, 'CreateSslVpnClientCert', {
      ...SG,
      SslVpnServerId,
    });
    await admin(emu, 'POST', 'advance');
    await admin(emu, 'POST', 'ssl-vpn/connect', {
      regionId: SG.RegionId,
      sslVpnClientCertId: cert.SslVpnClientCertId,
      userName: 'alice@example.com',
    });
    const [client] = await sslClients(emu.url, 'ap-southeast-1', sg.VpnGatewayId);
    expect(client?.CommonName).toBe('alice@example.com');
    const one = await ok<{ ClientConfig: string }>(emu.url, 'DescribeSslVpnClientCert', {
      ...SG,
      SslVpnClientCertId: cert.SslVpnClientCertId,
    });
    expect(one.ClientConfig).toContain('auth-user-pass');
  });
});
