import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN_HEADER, startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin, fails, ok } from './signed-call.ts';
import {
  describeConn,
  eventsOf,
  newCgw,
  R,
  seededGateways,
  settle,
  tunnelParams,
} from './vpn-dual-tunnel.ts';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'manual' } });
});
afterAll(() => emu.close());
beforeEach(async () => {
  await admin(emu, 'POST', 'reset');
  await admin(emu, 'PUT', 'timing', { mode: 'manual' });
});

const peer = (id: string, up: boolean) =>
  admin(emu, 'POST', `vpn/tunnels/${id}/peer`, { up }) as Promise<{
    activeTunnelId: string;
    status: string;
  }>;

describe('admin API: a tunnel peer down and up', () => {
  it('fails over to the slave when the master peer goes down and back when it recovers', async () => {
    const { dual } = await seededGateways(emu);
    const a = await newCgw(emu, '203.0.113.71');
    const b = await newCgw(emu, '203.0.113.72');
    const { VpnConnectionId: id } = await ok<{ VpnConnectionId: string }>(
      emu.url,
      'CreateVpnConnection',
      {
        ...R,
        VpnGatewayId: dual.VpnGatewayId,
        LocalSubnet: '10.20.0.0/16',
        RemoteSubnet: '192.168.30.0/24',
        EffectImmediately: true,
        ...tunnelParams(a, b),
      },
    );
    await settle(emu);
    const [master, slave] = (await describeConn(emu, id)).TunnelOptionsSpecification.TunnelOptions;
    const down = await peer(master?.TunnelId ?? '', false);
    expect([down.status, down.activeTunnelId]).toEqual(['ike_sa_not_established', slave?.TunnelId]);
    const c = await describeConn(emu, id);
    expect(c.TunnelOptionsSpecification.TunnelOptions.map((t) => t.Status)).toEqual([
      'ike_sa_not_established',
      'ipsec_sa_established',
    ]);
    expect(c.Status).toBe('ipsec_sa_established');
    const up = await peer(master?.TunnelId ?? '', true);
    expect([up.status, up.activeTunnelId]).toEqual(['ipsec_sa_established', master?.TunnelId]);
    const types = (await eventsOf(emu, id)).map((e) => e.type);
    expect(types.slice(-8)).toEqual([
      'peer_down',
      'dpd_timeout',
      'negotiation_failed',
      'failover',
      'peer_up',
      'ike_sa_established',
      'ipsec_sa_established',
      'failback',
    ]);
  });

  it('takes a single-tunnel connection down by its id; unknown ids and bad bodies are refused', async () => {
    const conns = await ok<{
      VpnConnections: { VpnConnection: { VpnConnectionId: string; Status: string }[] };
    }>(emu.url, 'DescribeVpnConnections', { RegionId: 'cn-hangzhou' });
    const up = conns.VpnConnections.VpnConnection.find((c) => c.Status === 'ipsec_sa_established');
    const id = up?.VpnConnectionId ?? '';
    expect((await peer(id, false)).status).toBe('ike_sa_not_established');
    expect(
      (
        await ok<{ Status: string }>(emu.url, 'DescribeVpnConnection', {
          ...R,
          VpnConnectionId: id,
        })
      ).Status,
    ).toBe('ike_sa_not_established');
    expect((await peer(id, true)).status).toBe('ipsec_sa_established');
    await expect(peer('tun-nope', false)).rejects.toThrow(/404/);
    await expect(admin(emu, 'POST', `vpn/tunnels/${id}/peer`, { up: 'no' })).rejects.toThrow(/400/);
    const noToken = await fetch(`${emu.url}/_emulator/vpn/tunnels/${id}/peer`, {
      method: 'POST',
      body: '{"up":true}',
    });
    expect(noToken.status).toBe(401);
    expect(ADMIN_TOKEN_HEADER).toBeTruthy();
  });

  it('seeds dual-tunnel connections on the dual-tunnel gateways, single-tunnel ones elsewhere', async () => {
    const list = await ok<{
      VpnConnections: {
        VpnConnection: {
          Name: string;
          TunnelOptionsSpecification: { TunnelOptions: { Role: string }[] };
        }[];
      };
    }>(emu.url, 'DescribeVpnConnections', { RegionId: 'cn-shanghai' });
    const suzhou = list.VpnConnections.VpnConnection.find((c) => c.Name === 'suzhou-factory');
    expect(suzhou?.TunnelOptionsSpecification.TunnelOptions.map((t) => t.Role)).toEqual([
      'master',
      'slave',
    ]);
    const hz = await ok<{
      VpnConnections: {
        VpnConnection: { TunnelOptionsSpecification: { TunnelOptions: unknown[] } }[];
      };
    }>(emu.url, 'DescribeVpnConnections', R);
    expect(
      hz.VpnConnections.VpnConnection.every(
        (c) => c.TunnelOptionsSpecification.TunnelOptions.length === 0,
      ),
    ).toBe(true);
  });
});

describe('ModifyCustomerGatewayAttribute', () => {
  it('renames synchronously; a new AuthKey locks the gateways that use it', async () => {
    const cgws = await ok<{
      CustomerGateways: { CustomerGateway: { CustomerGatewayId: string; Name: string }[] };
    }>(emu.url, 'DescribeCustomerGateways', R);
    const used = cgws.CustomerGateways.CustomerGateway.find((c) => c.Name === 'Shanghai office');
    const id = used?.CustomerGatewayId ?? '';
    const r = await ok<Record<string, unknown>>(emu.url, 'ModifyCustomerGatewayAttribute', {
      ...R,
      CustomerGatewayId: id,
      Name: 'Shanghai HQ',
      Description: 'FortiGate 200F',
    });
    expect(r).toMatchObject({
      CustomerGatewayId: id,
      Name: 'Shanghai HQ',
      Description: 'FortiGate 200F',
    });
    expect(r).not.toHaveProperty('AuthKey');
    const { single } = await seededGateways(emu);
    const gwStatus = async () =>
      (
        await ok<{ Status: string }>(emu.url, 'DescribeVpnGateway', {
          ...R,
          VpnGatewayId: single.VpnGatewayId,
        })
      ).Status;
    expect(await gwStatus()).toBe('active');
    await ok(emu.url, 'ModifyCustomerGatewayAttribute', {
      ...R,
      CustomerGatewayId: id,
      AuthKey: 'bgp-secret-1',
    });
    expect(await gwStatus()).toBe('updating');
    const busy = await fails(emu.url, 'ModifyCustomerGatewayAttribute', {
      ...R,
      CustomerGatewayId: id,
      AuthKey: 'x2',
    });
    expect([busy.status, busy.code]).toEqual([400, 'VpnGateway.Configuring']);
    const bad = await fails(emu.url, 'ModifyCustomerGatewayAttribute', {
      ...R,
      CustomerGatewayId: id,
      Name: 'http://x',
    });
    expect(bad.code).toBe('InvalidName');
    await settle(emu);
    expect(await gwStatus()).toBe('active');
  });
});
