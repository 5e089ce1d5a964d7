import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin, fails, ok, signedCall } from './signed-call.ts';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'manual' } });
});
afterAll(() => emu.close());
beforeEach(async () => {
  await admin(emu, 'POST', 'reset');
  await admin(emu, 'PUT', 'timing', { mode: 'manual' });
});

const R = { RegionId: 'cn-hangzhou' };
type Params = Record<string, string | number | boolean>;

interface Cgw {
  CustomerGatewayId: string;
  Name: string;
  IpAddress: string;
  Asn?: number;
  CreateTime: number;
  Tags: { Tag: { Key: string; Value: string }[] };
}
interface Ike {
  Psk: string;
  IkeVersion: string;
  IkeMode: string;
  IkeEncAlg: string;
  IkeAuthAlg: string;
  IkePfs: string;
  IkeLifetime: number;
  LocalId: string;
  RemoteId: string;
}
interface Conn {
  VpnConnectionId: string;
  VpnGatewayId: string;
  CustomerGatewayId: string;
  Name: string;
  LocalSubnet: string;
  RemoteSubnet: string;
  Status: string;
  State: string;
  IkeConfig: Ike;
  IpsecConfig: { IpsecEncAlg: string; IpsecPfs: string; IpsecLifetime: number };
  Tag?: { Tag: { Key: string; Value: string }[] };
  Tags?: { Tag: { Key: string; Value: string }[] };
}

async function activeGateway(): Promise<string> {
  const vsw = await ok<{ VSwitches: { VSwitch: { VpcId: string }[] } }>(
    emu.url,
    'DescribeVSwitches',
    { ...R, VSwitchName: 'default-vsw-h' },
  );
  const r = await ok<{ VpnGatewayId: string }>(emu.url, 'CreateVpnGateway', {
    ...R,
    VpcId: vsw.VSwitches.VSwitch[0]?.VpcId ?? '',
    Bandwidth: 20,
  });
  await admin(emu, 'POST', 'advance');
  return r.VpnGatewayId;
}

const createCgw = (ip: string, extra: Params = {}) =>
  ok<Cgw>(emu.url, 'CreateCustomerGateway', { ...R, IpAddress: ip, ...extra });

const gatewayStatus = async (id: string) =>
  (await ok<{ Status: string }>(emu.url, 'DescribeVpnGateway', { ...R, VpnGatewayId: id })).Status;

const conn = (id: string) =>
  ok<Conn>(emu.url, 'DescribeVpnConnection', { ...R, VpnConnectionId: id });

describe('customer gateways', () => {
  it('creates synchronously with Tags.N and an Asn string answered as an int, then deletes', async () => {
    const c = await createCgw('203.0.113.77', {
      Name: 'Shenzhen office',
      Description: '深圳办公室',
      Asn: '1.10',
      'Tags.1.Key': 'site',
      'Tags.1.Value': 'shenzhen',
    });
    expect(c.CustomerGatewayId).toMatch(/^cgw-/);
    expect(typeof c.CreateTime).toBe('number');
    const one = await ok<Cgw>(emu.url, 'DescribeCustomerGateway', {
      ...R,
      CustomerGatewayId: c.CustomerGatewayId,
    });
    expect(one).toMatchObject({ Name: 'Shenzhen office', IpAddress: '203.0.113.77', Asn: 65_546 });
    expect(one.Tags.Tag).toEqual([{ Key: 'site', Value: 'shenzhen' }]);
    const byTag = await ok<{ CustomerGateways: { CustomerGateway: Cgw[] } }>(
      emu.url,
      'DescribeCustomerGateways',
      { ...R, 'Tag.1.Key': 'site', 'Tag.1.Value': 'shenzhen' },
    );
    expect(byTag.CustomerGateways.CustomerGateway.map((x) => x.Name)).toEqual(['Shenzhen office']);
    await ok(emu.url, 'DeleteCustomerGateway', { ...R, CustomerGatewayId: c.CustomerGatewayId });
    const gone = await fails(emu.url, 'DescribeCustomerGateway', {
      ...R,
      CustomerGatewayId: c.CustomerGatewayId,
    });
    expect([gone.status, gone.code]).toEqual([404, 'InvalidCustomerGatewayInstanceId.NotFound']);
    const again = await fails(emu.url, 'DeleteCustomerGateway', {
      ...R,
      CustomerGatewayId: c.CustomerGatewayId,
    });
    expect(again.code).toBe('InvalidCustomerGatewayInstanceId.NotFound');
  });

  it('validates IpAddress (format, excluded ranges, duplicates), Asn, Name and Description', async () => {
    await createCgw('198.51.100.99');
    const cases: [Params, string][] = [
      [{ IpAddress: '198.51.100.99' }, 'InvalidIpAddress.AlreadyExist'],
      [{ IpAddress: '300.1.1.1' }, 'InvalidIpAddress.WrongFormat'],
      [{ IpAddress: '100.64.1.1' }, 'InvalidIpAddress.WrongFormat'],
      [{ IpAddress: '127.0.0.1' }, 'InvalidIpAddress.WrongFormat'],
      [{ IpAddress: '169.254.10.1' }, 'InvalidIpAddress.WrongFormat'],
      [{ IpAddress: '239.1.1.1' }, 'InvalidIpAddress.WrongFormat'],
      [{ IpAddress: '255.1.1.1' }, 'InvalidIpAddress.WrongFormat'],
      [{ Asn: '45104' }, 'InvalidParameter.Asn.ValueNotSupported'],
      [{ Asn: 'abc' }, 'InvalidParameter.Asn.Malformed'],
      [{ Asn: '4294967296' }, 'InvalidParameter.Asn.Malformed'],
      [{ Name: 'http://office' }, 'InvalidName'],
      [{ Description: 'x'.repeat(101) }, 'InvalidDescription'],
    ];
    for (const [extra, code] of cases) {
      const e = await fails(emu.url, 'CreateCustomerGateway', {
        ...R,
        IpAddress: '192.0.2.99',
        ...extra,
      });
      expect(e.code, JSON.stringify(extra)).toBe(code);
    }
    const missing = await fails(emu.url, 'CreateCustomerGateway', R);
    expect(missing.code).toBe('MissingIpAddress');
  });
});

describe('IPsec connections', () => {
  it('create puts the gateway in updating → active; describe; delete; in-use refusals', async () => {
    const gw = await activeGateway();
    const cgw = await createCgw('203.0.113.90', { Name: 'Chengdu office' });
    const created = await ok<{ VpnConnectionId: string; Name: string; CreateTime: number }>(
      emu.url,
      'CreateVpnConnection',
      {
        ...R,
        VpnGatewayId: gw,
        CustomerGatewayId: cgw.CustomerGatewayId,
        Name: 'to-chengdu',
        LocalSubnet: '172.16.0.0/20, 172.17.0.0/24',
        RemoteSubnet: '192.168.88.0/24',
        EffectImmediately: true,
        IkeConfig: JSON.stringify({ IkeVersion: 'ikev2', IkeEncAlg: 'aes256' }),
        'Tags.1.Key': 'env',
        'Tags.1.Value': 'prod',
      },
    );
    const id = created.VpnConnectionId;
    expect(id).toMatch(/^vco-/);
    expect(await gatewayStatus(gw)).toBe('updating');
    const pending = await conn(id);
    expect([pending.Status, pending.State]).toEqual(['ike_sa_not_established', 'init']);
    const busy = await fails(emu.url, 'CreateVpnConnection', {
      ...R,
      VpnGatewayId: gw,
      CustomerGatewayId: (await createCgw('203.0.113.91')).CustomerGatewayId,
      LocalSubnet: '172.16.0.0/20',
      RemoteSubnet: '10.9.0.0/16',
    });
    expect(busy.code).toBe('VpnGateway.Configuring');
    await admin(emu, 'POST', 'advance');
    expect(await gatewayStatus(gw)).toBe('active');

    const c = await conn(id);
    expect(c).toMatchObject({
      Status: 'ipsec_sa_established',
      State: 'active',
      LocalSubnet: '172.16.0.0/20,172.17.0.0/24',
      IkeConfig: { IkeVersion: 'ikev2', IkeEncAlg: 'aes256', IkeMode: 'main', IkeAuthAlg: 'md5' },
      IpsecConfig: { IpsecEncAlg: 'aes', IpsecPfs: 'group2', IpsecLifetime: 86_400 },
    });
    // Psk generated when omitted; LocalId/RemoteId default to the two public IPs.
    expect(c.IkeConfig.Psk).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(c.IkeConfig.RemoteId).toBe('203.0.113.90');
    expect(c.Tags?.Tag).toEqual([{ Key: 'env', Value: 'prod' }]);
    // The list item uses the irregular `Tag.Tag[]` wrapper (REFERENCE §3.4).
    const list = await ok<{ TotalCount: number; VpnConnections: { VpnConnection: Conn[] } }>(
      emu.url,
      'DescribeVpnConnections',
      { ...R, VpnGatewayId: gw },
    );
    expect(list.TotalCount).toBe(1);
    expect(list.VpnConnections.VpnConnection[0]?.Tag?.Tag).toEqual([{ Key: 'env', Value: 'prod' }]);
    expect(list.VpnConnections.VpnConnection[0]?.Tags).toBeUndefined();

    const dup = await fails(emu.url, 'CreateVpnConnection', {
      ...R,
      VpnGatewayId: gw,
      CustomerGatewayId: cgw.CustomerGatewayId,
      LocalSubnet: '172.16.0.0/20',
      RemoteSubnet: '10.1.0.0/16',
    });
    expect(dup.code).toBe('InvalidVpnConnection.AlreadyExists');
    const gwDel = await fails(emu.url, 'DeleteVpnGateway', { ...R, VpnGatewayId: gw });
    expect([gwDel.status, gwDel.code]).toEqual([400, 'DependencyViolation.VpnConnection']);
    const cgwDel = await fails(emu.url, 'DeleteCustomerGateway', {
      ...R,
      CustomerGatewayId: cgw.CustomerGatewayId,
    });
    expect(cgwDel.code).toBe('DependencyViolation.VpnConnection');

    await ok(emu.url, 'DeleteVpnConnection', { ...R, VpnConnectionId: id });
    expect(await gatewayStatus(gw)).toBe('updating');
    expect((await conn(id)).State).toBe('deleting');
    const twice = await fails(emu.url, 'DeleteVpnConnection', { ...R, VpnConnectionId: id });
    expect(twice.code).toBe('VpnGateway.Configuring');
    await admin(emu, 'POST', 'advance');
    expect(await gatewayStatus(gw)).toBe('active');
    const gone = await fails(emu.url, 'DescribeVpnConnection', { ...R, VpnConnectionId: id });
    expect([gone.status, gone.code]).toEqual([404, 'InvalidVpnConnectionInstanceId.NotFound']);
    await ok(emu.url, 'DeleteCustomerGateway', { ...R, CustomerGatewayId: cgw.CustomerGatewayId });
    await ok(emu.url, 'DeleteVpnGateway', { ...R, VpnGatewayId: gw });
  });

  it('stays ike_sa_not_established without EffectImmediately', async () => {
    const gw = await activeGateway();
    const cgw = await createCgw('203.0.113.92');
    const r = await ok<{ VpnConnectionId: string }>(emu.url, 'CreateVpnConnection', {
      ...R,
      VpnGatewayId: gw,
      CustomerGatewayId: cgw.CustomerGatewayId,
      LocalSubnet: '0.0.0.0/0',
      RemoteSubnet: '0.0.0.0/0',
    });
    await admin(emu, 'POST', 'advance');
    const c = await conn(r.VpnConnectionId);
    expect([c.Status, c.State, c.Name]).toEqual([
      'ike_sa_not_established',
      'active',
      r.VpnConnectionId,
    ]);
  });

  it('validates subnets and IKE/IPsec JSON naming the field, and unknown references', async () => {
    const gw = await activeGateway();
    const cgw = (await createCgw('203.0.113.93')).CustomerGatewayId;
    const base = {
      ...R,
      VpnGatewayId: gw,
      CustomerGatewayId: cgw,
      LocalSubnet: '172.16.0.0/20',
      RemoteSubnet: '10.0.0.0/8',
    };
    const cases: [Params, string, RegExp][] = [
      // IllegalParam.* as documented (REFERENCE-2 §6 row 7; issue 12 changed these codes).
      [{ LocalSubnet: '172.16.0.0/33' }, 'IllegalParam.LocalSubnet', /LocalSubnet/],
      [{ RemoteSubnet: '10.0.0.1/8' }, 'IllegalParam.RemoteSubnet', /host bits/],
      [{ RemoteSubnet: '10.0.0.0/8,10.0.0.0/8' }, 'IllegalParam.RemoteSubnet', /twice/],
      [
        { IkeConfig: '{"IkeEncAlg":"rot13"}' },
        'InvalidParameter.IkeConfig.Malformed',
        /IkeConfig\.IkeEncAlg/,
      ],
      [{ IkeConfig: 'not json' }, 'InvalidParameter.IkeConfig.Malformed', /JSON/],
      [
        { IkeConfig: '{"IkeLifetime":90000}' },
        'InvalidParameter.IkeConfig.Malformed',
        /IkeLifetime/,
      ],
      [
        { IpsecConfig: '{"IpsecPfs":"group99"}' },
        'InvalidParameter.IpsecConfig.Malformed',
        /IpsecPfs/,
      ],
      [{ BgpConfig: '[' }, 'InvalidParameter.BgpConfig.Malformed', /BgpConfig/],
      [{ VpnGatewayId: 'vpn-nope' }, 'InvalidVpnGatewayInstanceId.NotFound', /vpn-nope/],
      [{ CustomerGatewayId: 'cgw-nope' }, 'InvalidCustomerGatewayInstanceId.NotFound', /cgw-nope/],
      [{ DryRun: true }, 'DryRunOperation', /DryRun/],
    ];
    for (const [extra, code, message] of cases) {
      const e = await fails(emu.url, 'CreateVpnConnection', { ...base, ...extra });
      expect(e.code, JSON.stringify(extra)).toBe(code);
      expect(e.message).toMatch(message);
    }
    expect(
      (
        await fails(emu.url, 'CreateVpnConnection', {
          ...R,
          VpnGatewayId: gw,
          CustomerGatewayId: cgw,
          LocalSubnet: '10.0.0.0/8',
        })
      ).code,
    ).toBe('MissingRemoteSubnet');
    expect(await gatewayStatus(gw)).toBe('active');
  });

  it('caps a gateway at 10 connections with Resource.QuotaFull', async () => {
    const gw = await activeGateway();
    const connect = async (i: number) =>
      signedCall(emu.url, 'CreateVpnConnection', {
        ...R,
        VpnGatewayId: gw,
        CustomerGatewayId: (await createCgw(`198.51.100.${200 + i}`)).CustomerGatewayId,
        LocalSubnet: '172.16.0.0/20',
        RemoteSubnet: `10.${i}.0.0/16`,
      });
    for (let i = 0; i < 10; i += 1) {
      expect((await connect(i)).status).toBe(200);
      await admin(emu, 'POST', 'advance');
    }
    const full = await connect(10);
    expect([full.status, full.body.Code]).toEqual([400, 'Resource.QuotaFull']);
  });

  it('refuses a gateway without IPsec-VPN', async () => {
    const vsw = await ok<{ VSwitches: { VSwitch: { VpcId: string }[] } }>(
      emu.url,
      'DescribeVSwitches',
      {
        ...R,
        VSwitchName: 'default-vsw-h',
      },
    );
    const r = await ok<{ VpnGatewayId: string }>(emu.url, 'CreateVpnGateway', {
      ...R,
      VpcId: vsw.VSwitches.VSwitch[0]?.VpcId ?? '',
      Bandwidth: 10,
      EnableIpsec: false,
      EnableSsl: true,
    });
    await admin(emu, 'POST', 'advance');
    const e = await fails(emu.url, 'CreateVpnConnection', {
      ...R,
      VpnGatewayId: r.VpnGatewayId,
      CustomerGatewayId: (await createCgw('203.0.113.94')).CustomerGatewayId,
      LocalSubnet: '172.16.0.0/20',
      RemoteSubnet: '10.0.0.0/8',
    });
    expect(e.code).toBe('OperationFailed.IpsecNotEnabled');
  });

  it('seeds connections with established and idle tunnels; XML keeps the Tag.Tag wrapper', async () => {
    const eu = await ok<{ VpnConnections: { VpnConnection: Conn[] } }>(
      emu.url,
      'DescribeVpnConnections',
      {
        RegionId: 'eu-central-1',
      },
    );
    const byName = Object.fromEntries(
      eu.VpnConnections.VpnConnection.map((c) => [c.Name, c.Status]),
    );
    expect(byName).toEqual({
      'frankfurt-dc': 'ipsec_sa_established',
      'munich-office': 'ike_sa_not_established',
    });
    const xml = await signedCall(
      emu.url,
      'DescribeVpnConnections',
      { ...R, PageSize: 1 },
      { format: 'XML' },
    );
    expect(xml.text).toMatch(/<VpnConnections><VpnConnection><VpnConnectionId>vco-/);
    expect(xml.text).toContain('<Tag><Tag><Key>env</Key><Value>prod</Value></Tag></Tag>');
    expect(xml.text).toMatch(/<IkeConfig><Psk>[^<]+<\/Psk>/);
  });

  it('tags customer gateways and connections with TagResources (CUSTOMERGATEWAY / VPNCONNECTION)', async () => {
    const cgw = await createCgw('203.0.113.95');
    await ok(emu.url, 'TagResources', {
      ...R,
      ResourceType: 'CustomerGateway',
      'ResourceId.1': cgw.CustomerGatewayId,
      'Tag.1.Key': 'team',
      'Tag.1.Value': 'netops',
    });
    const list = await ok<{
      TagResources: { TagResource: { ResourceId: string; TagKey: string }[] };
    }>(emu.url, 'ListTagResources', {
      ...R,
      ResourceType: 'CUSTOMERGATEWAY',
      'ResourceId.1': cgw.CustomerGatewayId,
    });
    expect(list.TagResources.TagResource.map((t) => t.TagKey)).toEqual(['team']);
    const seeded = await ok<{ VpnConnections: { VpnConnection: Conn[] } }>(
      emu.url,
      'DescribeVpnConnections',
      R,
    );
    const first = seeded.VpnConnections.VpnConnection[0]?.VpnConnectionId ?? '';
    await ok(emu.url, 'TagResources', {
      ...R,
      ResourceType: 'vpnconnection',
      'ResourceId.1': first,
      'Tag.1.Key': 'owner',
      'Tag.1.Value': 'ops',
    });
    expect((await conn(first)).Tags?.Tag).toContainEqual({ Key: 'owner', Value: 'ops' });
  });
});
