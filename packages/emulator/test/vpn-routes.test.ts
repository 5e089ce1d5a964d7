import { afterEach, describe, expect, it } from 'vitest';
import { useManualEmulator } from './manual-emulator.ts';
import { admin, fails, ok } from './signed-call.ts';

// Route rules (REFERENCE-2 §2, §7.1) and the emulator choices of the README's "VPN routes".
const emu = useManualEmulator();
const advance = () => admin(emu, 'POST', 'advance');

interface Conn {
  VpnConnectionId: string;
  Name: string;
}
async function gateway(regionId: string, name: string) {
  const gws = await ok<{ VpnGateways: { VpnGateway: { VpnGatewayId: string; Name: string }[] } }>(
    emu.url,
    'DescribeVpnGateways',
    { RegionId: regionId, PageSize: 50 },
  );
  const gw = gws.VpnGateways.VpnGateway.find((g) => g.Name === name)?.VpnGatewayId ?? '';
  const conns = await ok<{ VpnConnections: { VpnConnection: Conn[] } }>(
    emu.url,
    'DescribeVpnConnections',
    { RegionId: regionId, VpnGatewayId: gw },
  );
  return { gw, conns: conns.VpnConnections.VpnConnection };
}
type Entry = Record<string, string | number>;
const dbrs = async (RegionId: string, VpnGatewayId: string) =>
  (
    await ok<{ VpnRouteEntries: { VpnRouteEntry: Entry[] }; VpnRouteCounts?: unknown }>(
      emu.url,
      'DescribeVpnRouteEntries',
      { RegionId, VpnGatewayId, PageSize: 50 },
    )
  ).VpnRouteEntries.VpnRouteEntry;
const pbrs = async (RegionId: string, VpnGatewayId: string) =>
  (
    await ok<{ VpnPbrRouteEntries: { VpnPbrRouteEntry: Entry[] } }>(
      emu.url,
      'DescribeVpnPbrRouteEntries',
      { RegionId, VpnGatewayId, PageSize: 50 },
    )
  ).VpnPbrRouteEntries.VpnPbrRouteEntry;

const HZ = 'cn-hangzhou';

describe('destination routes', () => {
  it('refuses bad keys with field codes, duplicates and a busy gateway', async () => {
    const { gw, conns } = await gateway(HZ, 'hz-office-vpn');
    const hop = conns[0]?.VpnConnectionId ?? '';
    const base = { RegionId: HZ, VpnGatewayId: gw, NextHop: hop, Weight: 100, PublishVpc: false };
    const code = async (p: Record<string, string | number | boolean>) =>
      (await fails(emu.url, 'CreateVpnRouteEntry', { ...base, ...p })).code;
    expect(await code({ RouteDest: '0.0.0.0/0' })).toBe('IllegalParam.RouteDest');
    expect(await code({ RouteDest: '10.1.2.3/16' })).toBe('IllegalParam.RouteDest');
    expect(await code({ RouteDest: '100.64.1.0/24' })).toBe('IllegalParam.RouteDest');
    expect(await code({ RouteDest: '10.9.0.0/16', Weight: 50 })).toMatch(/Weight/);
    expect(await code({ RouteDest: '10.9.0.0/16', NextHop: 'vco-nope' })).toBe(
      'InvalidVpnConnectionInstanceId.NotFound',
    );
    // The seeded 192.168.12.0/24 via to-shanghai-office already exists.
    expect(await code({ RouteDest: '192.168.12.0/24' })).toBe('VpnRouteEntry.AlreadyExist');
    await ok(emu.url, 'CreateVpnRouteEntry', { ...base, RouteDest: '10.9.0.0/16' });
    const busy = await fails(emu.url, 'CreateVpnRouteEntry', { ...base, RouteDest: '10.8.0.0/16' });
    expect(busy).toMatchObject({ status: 400, code: 'VpnGateway.Configuring' });
  });

  it('a connection of another gateway is not a next hop', async () => {
    const { gw } = await gateway(HZ, '支付专线备份VPN');
    const { conns } = await gateway(HZ, 'hz-office-vpn');
    const r = await fails(emu.url, 'CreateVpnRouteEntry', {
      RegionId: HZ,
      VpnGatewayId: gw,
      RouteDest: '10.9.0.0/16',
      NextHop: conns[0]?.VpnConnectionId ?? '',
      Weight: 100,
      PublishVpc: false,
    });
    expect(r.code).toBe('IllegalParam.NextHop');
  });

  it('on a dual-tunnel gateway the weight is always 100 and counts are returned', async () => {
    const { gw, conns } = await gateway('cn-shanghai', 'sh-branch-vpn');
    const hop = conns[0]?.VpnConnectionId ?? '';
    const key = { RegionId: 'cn-shanghai', VpnGatewayId: gw, RouteDest: '10.7.0.0/16' };
    await ok(emu.url, 'CreateVpnRouteEntry', { ...key, NextHop: hop, Weight: 0, PublishVpc: true });
    await advance();
    const list = await ok<{ VpnRouteCounts: { VpnRouteCount: Entry[] } }>(
      emu.url,
      'DescribeVpnRouteEntries',
      { RegionId: 'cn-shanghai', VpnGatewayId: gw },
    );
    expect(list.VpnRouteCounts.VpnRouteCount[0]).toMatchObject({ RouteCount: 2 });
    const mine = (await dbrs('cn-shanghai', gw)).find((r) => r.RouteDest === '10.7.0.0/16');
    expect(mine).toMatchObject({ Weight: 100, State: 'published' });
  });

  it('withdrawing a published dbr also withdraws the published pbr with that destination', async () => {
    const { gw, conns } = await gateway(HZ, 'hz-office-vpn');
    const idc = conns.find((c) => c.Name === '杭州IDC主链路')?.VpnConnectionId ?? '';
    await ok(emu.url, 'CreateVpnRouteEntry', {
      RegionId: HZ,
      VpnGatewayId: gw,
      RouteDest: '172.30.8.0/24',
      NextHop: idc,
      Weight: 100,
      PublishVpc: true,
    });
    await advance();
    await ok(emu.url, 'PublishVpnRouteEntry', {
      RegionId: HZ,
      VpnGatewayId: gw,
      RouteDest: '172.30.8.0/24',
      NextHop: idc,
      RouteType: 'dbr',
      PublishVpc: false,
    });
    // The route flips once the gateway has applied the change ([emulator choice]).
    expect((await pbrs(HZ, gw))[0]).toMatchObject({ State: 'published' });
    await advance();
    expect((await pbrs(HZ, gw))[0]).toMatchObject({ State: 'normal' });
    const dbr = (await dbrs(HZ, gw)).find((r) => r.RouteDest === '172.30.8.0/24');
    expect(dbr).toMatchObject({ State: 'normal' });
  });
});

describe('AutoConfigRoute and connection deletion', () => {
  afterEach(() => {
    delete process.env.VPC_EMULATOR_AUTO_CONFIG_ROUTE;
  });

  async function newConnection(mode: string | undefined, auto = true) {
    if (mode) process.env.VPC_EMULATOR_AUTO_CONFIG_ROUTE = mode;
    const { gw } = await gateway('us-west-1', 'sv-lab-vpn');
    const cgws = await ok<{
      CustomerGateways: { CustomerGateway: { CustomerGatewayId: string }[] };
    }>(emu.url, 'DescribeCustomerGateways', { RegionId: 'us-west-1' });
    const created = await ok<{ VpnConnectionId: string }>(emu.url, 'CreateVpnConnection', {
      RegionId: 'us-west-1',
      VpnGatewayId: gw,
      CustomerGatewayId: cgws.CustomerGateways.CustomerGateway[0]?.CustomerGatewayId ?? '',
      LocalSubnet: '10.70.0.0/24,10.70.1.0/24',
      RemoteSubnet: '192.168.70.0/24',
      AutoConfigRoute: auto,
    });
    await advance();
    return { gw, id: created.VpnConnectionId };
  }

  it('pbr (default): one published policy route per subnet pair, removed with the connection', async () => {
    const { gw, id } = await newConnection(undefined);
    const rows = await pbrs('us-west-1', gw);
    expect(rows.map((r) => `${r.RouteSource}>${r.RouteDest}:${r.State}:${r.Priority}`)).toEqual([
      '10.70.0.0/24>192.168.70.0/24:published:10',
      '10.70.1.0/24>192.168.70.0/24:published:10',
    ]);
    await ok(emu.url, 'DeleteVpnConnection', { RegionId: 'us-west-1', VpnConnectionId: id });
    await advance();
    expect(await pbrs('us-west-1', gw)).toEqual([]);
  });

  it('dbr mode: destination routes for RemoteSubnet; off or AutoConfigRoute=false: none', async () => {
    const { gw, id } = await newConnection('dbr');
    expect((await dbrs('us-west-1', gw)).map((r) => r.RouteDest)).toEqual(['192.168.70.0/24']);
    await ok(emu.url, 'DeleteVpnConnection', { RegionId: 'us-west-1', VpnConnectionId: id });
    await advance();
    expect(await dbrs('us-west-1', gw)).toEqual([]);
    await newConnection('off');
    expect(await pbrs('us-west-1', gw)).toEqual([]);
  });

  it('deleting a connection removes the routes a user pointed at it', async () => {
    const { gw, conns } = await gateway(HZ, 'hz-office-vpn');
    const sh = conns.find((c) => c.Name === 'to-shanghai-office')?.VpnConnectionId ?? '';
    expect((await dbrs(HZ, gw)).filter((r) => r.NextHop === sh)).toHaveLength(2);
    await ok(emu.url, 'DeleteVpnConnection', { RegionId: HZ, VpnConnectionId: sh });
    await advance();
    expect((await dbrs(HZ, gw)).filter((r) => r.NextHop === sh)).toEqual([]);
  });
});
