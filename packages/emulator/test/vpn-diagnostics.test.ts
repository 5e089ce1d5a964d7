import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin, fails, ok } from './signed-call.ts';
import { recordEvents, seedDualTunnelConnection } from './vpn-dual-tunnel-state.ts';

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
interface Conn {
  VpnConnectionId: string;
  VpnGatewayId: string;
  CustomerGatewayId: string;
  Name: string;
  LocalSubnet: string;
  RemoteSubnet: string;
  InternetIp: string;
  IkeConfig: { Psk: string };
}
interface TunnelCfg {
  TunnelId: string;
  Local: string;
  Remote: string;
  IkeConfig: { Psk: string; LocalId: string; RemoteId: string; IkeLifetime: number };
}
interface Download {
  VpnConnectionConfig: {
    Local?: string;
    Remote?: string;
    LocalSubnet: string;
    RemoteSubnet: string;
    IkeConfig?: { Psk: string; LocalId: string; RemoteId: string };
    TunnelsConfig?: { TunnelConfig: TunnelCfg[] };
    BgpConfigs?: { BgpConfig: Record<string, string>[] };
  };
}
interface Logs {
  Count: number;
  IsCompleted: boolean;
  PageSize: number;
  Data: { Logs: string[] };
}

async function seeded(name: string, regionId = 'cn-hangzhou'): Promise<Conn> {
  const list = await ok<{ VpnConnections: { VpnConnection: Conn[] } }>(
    emu.url,
    'DescribeVpnConnections',
    {
      RegionId: regionId,
      PageSize: 50,
    },
  );
  const conn = list.VpnConnections.VpnConnection.find((c) => c.Name === name);
  if (!conn) throw new Error(`no seeded connection ${name}`);
  return ok<Conn>(emu.url, 'DescribeVpnConnection', {
    RegionId: regionId,
    VpnConnectionId: conn.VpnConnectionId,
  });
}

const nowS = () => Math.floor(Date.now() / 1000);

describe('DownloadVpnConnectionConfig', () => {
  it('single-tunnel: the device perspective, subnets and identities swapped, key in clear', async () => {
    const conn = await seeded('to-shanghai-office');
    const cfg = await ok<Download>(emu.url, 'DownloadVpnConnectionConfig', {
      ...R,
      VpnConnectionId: conn.VpnConnectionId,
    });
    expect(cfg.VpnConnectionConfig).toMatchObject({
      Local: '203.0.113.10',
      Remote: conn.InternetIp,
      LocalSubnet: conn.RemoteSubnet,
      RemoteSubnet: conn.LocalSubnet,
      IkeConfig: { Psk: conn.IkeConfig.Psk, LocalId: '203.0.113.10', RemoteId: conn.InternetIp },
    });
    expect(cfg.VpnConnectionConfig.TunnelsConfig).toBeUndefined();
  });

  it('dual-tunnel: one TunnelConfig and one BgpConfig per tunnel, ASNs as strings', async () => {
    const dual = await seedDualTunnelConnection(emu);
    const cfg = await ok<Download>(emu.url, 'DownloadVpnConnectionConfig', {
      ...R,
      VpnConnectionId: dual.id,
    });
    const tunnels = cfg.VpnConnectionConfig.TunnelsConfig?.TunnelConfig ?? [];
    expect(tunnels.map((t) => [t.TunnelId, t.Local, t.IkeConfig.Psk])).toEqual([
      ['tun-test1', '203.0.113.10', 'tunnel-1-key'],
      ['tun-test2', '198.51.100.20', 'tunnel-2-key'],
    ]);
    expect(tunnels[0]?.Remote).not.toBe(tunnels[1]?.Remote);
    expect(cfg.VpnConnectionConfig).toMatchObject({
      LocalSubnet: '172.31.0.0/16',
      RemoteSubnet: '10.20.0.0/16',
    });
    expect(cfg.VpnConnectionConfig.BgpConfigs?.BgpConfig[0]).toEqual({
      TunnelId: 'tun-test1',
      TunnelCidr: '169.254.11.0/30',
      LocalAsn: '65010',
      LocalBgpIp: '169.254.11.2',
      PeerAsn: '45104',
      PeerBgpIp: '169.254.11.1',
    });
  });

  it('an unknown connection is 404 InvalidVpnConnectionInstanceId.NotFound', async () => {
    const e = await fails(emu.url, 'DownloadVpnConnectionConfig', {
      ...R,
      VpnConnectionId: 'vco-nope',
    });
    expect([e.status, e.code]).toEqual([404, 'InvalidVpnConnectionInstanceId.NotFound']);
  });
});

describe('DescribeVpnConnectionLogs', () => {
  it('synthesises probe lines from the state of a connection without events', async () => {
    const up = await seeded('to-shanghai-office');
    const logs = await ok<Logs>(emu.url, 'DescribeVpnConnectionLogs', {
      ...R,
      VpnConnectionId: up.VpnConnectionId,
      From: nowS() - 3600,
      To: nowS(),
      PageSize: 50,
    });
    expect(logs.Count).toBeGreaterThanOrEqual(10);
    expect(logs.Data.Logs[0]).toMatch(
      new RegExp(`^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d ${up.VpnConnectionId} \\[IKE\\]: `),
    );
    expect(logs.Data.Logs.join('\n')).toContain('received DPD response, 203.0.113.10 alive');
    const down = await seeded('suzhou-factory', 'cn-shanghai');
    const failing = await ok<Logs>(emu.url, 'DescribeVpnConnectionLogs', {
      RegionId: 'cn-shanghai',
      VpnConnectionId: down.VpnConnectionId,
      MinutePeriod: 10,
    });
    expect(failing.Data.Logs.join('\n')).not.toContain('DPD response');
  });

  it('renders recorded events in the window, filtered by tunnel, paged', async () => {
    const dual = await seedDualTunnelConnection(emu);
    const t0 = Date.now() - 120_000;
    await recordEvents(emu, 'cn-hangzhou', [
      { connectionId: dual.id, tunnelId: '', at: t0, type: 'config_applied', detail: '' },
      {
        connectionId: dual.id,
        tunnelId: 'tun-test1',
        at: t0 + 1000,
        type: 'ike_sa_established',
        detail: '',
      },
      {
        connectionId: dual.id,
        tunnelId: 'tun-test2',
        at: t0 + 2000,
        type: 'negotiation_failed',
        detail: 'IkeAuthAlg: local sha256, peer sha1',
      },
      {
        connectionId: dual.id,
        tunnelId: 'tun-test1',
        at: t0 + 3000,
        type: 'peer_down',
        detail: 'admin API',
      },
    ]);
    const all = await ok<Logs>(emu.url, 'DescribeVpnConnectionLogs', {
      ...R,
      VpnConnectionId: dual.id,
      From: nowS() - 600,
      To: nowS() + 5,
    });
    expect(all.Count).toBe(4);
    expect(all.Data.Logs[2]).toContain(
      `${dual.id} tun-test2 [PROTO_ERR]: negotiation failed: IkeAuthAlg: local sha256, peer sha1`,
    );
    const one = await ok<Logs>(emu.url, 'DescribeVpnConnectionLogs', {
      ...R,
      VpnConnectionId: dual.id,
      TunnelId: 'tun-test1',
      From: Math.floor(t0 / 1000) - 1,
      To: nowS(),
      PageSize: 2,
      PageNumber: 2,
    });
    expect(one).toMatchObject({ Count: 1, IsCompleted: true, PageSize: 2 });
    expect(one.Data.Logs[0]).toContain('[NET]: peer 203.0.113.10 not responding: admin API');
  });

  it('needs a window and refuses a reversed one; the tunnel must be the connection’s', async () => {
    const conn = await seeded('to-shanghai-office');
    const id = { ...R, VpnConnectionId: conn.VpnConnectionId };
    expect((await fails(emu.url, 'DescribeVpnConnectionLogs', id)).code).toBe('MissingParameter');
    const reversed = await fails(emu.url, 'DescribeVpnConnectionLogs', {
      ...id,
      From: 200,
      To: 100,
    });
    expect([reversed.status, reversed.code]).toEqual([400, 'IllegalParam.TimeRange']);
    const tooLong = await fails(emu.url, 'DescribeVpnConnectionLogs', { ...id, MinutePeriod: 11 });
    expect(tooLong.status).toBe(400);
    const tunnel = await fails(emu.url, 'DescribeVpnConnectionLogs', {
      ...id,
      MinutePeriod: 1,
      TunnelId: 'tun-x',
    });
    expect([tunnel.status, tunnel.code]).toEqual([404, 'InvalidTunnelId.NotFound']);
  });
});
