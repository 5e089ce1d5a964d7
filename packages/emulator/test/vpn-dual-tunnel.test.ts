import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.ts';
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

const POST = { method: 'POST' as const };

async function createDual(extra: Record<string, string | boolean> = {}) {
  const { dual } = await seededGateways(emu);
  const a = await newCgw(emu, '203.0.113.61', 65061);
  const b = await newCgw(emu, '203.0.113.62');
  const r = await ok<{ VpnConnectionId: string }>(
    emu.url,
    'CreateVpnConnection',
    {
      ...R,
      VpnGatewayId: dual.VpnGatewayId,
      LocalSubnet: '10.20.0.0/16',
      RemoteSubnet: '192.168.20.0/24',
      EffectImmediately: true,
      ...tunnelParams(a, b),
      ...extra,
    },
    POST,
  );
  return { id: r.VpnConnectionId, dual, a, b };
}

describe('dual-tunnel IPsec connections', () => {
  it('creates a master and a slave tunnel on the two gateway IPs and zones; both come up', async () => {
    const { id, dual, a, b } = await createDual();
    expect((await describeConn(emu, id)).State).toBe('init');
    await settle(emu);
    const c = await describeConn(emu, id);
    expect(c.CustomerGatewayId).toBeUndefined();
    expect(c.IkeConfig).toBeUndefined();
    const [t1, t2] = c.TunnelOptionsSpecification.TunnelOptions;
    expect([t1?.Role, t1?.TunnelIndex, t1?.CustomerGatewayId, t1?.InternetIp]).toEqual([
      'master',
      1,
      a,
      dual.InternetIp,
    ]);
    expect([t2?.Role, t2?.TunnelIndex, t2?.CustomerGatewayId, t2?.InternetIp]).toEqual([
      'slave',
      2,
      b,
      dual.DisasterRecoveryInternetIp,
    ]);
    expect(t1?.TunnelId).toMatch(/^tun-/);
    expect(t1?.ZoneNo).not.toBe(t2?.ZoneNo);
    // Describe's type drift: strings for EnableDpd and lifetimes (REFERENCE-2 §1.7).
    expect([t1?.EnableDpd, t1?.TunnelIkeConfig.IkeLifetime]).toEqual(['true', '86400']);
    expect(t1?.TunnelIkeConfig.Psk).toBe('master-key-1');
    expect(t2?.TunnelIkeConfig.Psk).toMatch(/^[A-Za-z0-9]{16}$/);
    expect([c.State, c.Status, t1?.Status, t2?.Status]).toEqual([
      'active',
      'ipsec_sa_established',
      'ipsec_sa_established',
      'ipsec_sa_established',
    ]);
    const types = (await eventsOf(emu, id)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['config_applied', 'ike_sa_established']));
  });

  it('accepts one customer gateway for both tunnels and per-tunnel BGP', async () => {
    const { dual } = await seededGateways(emu);
    const a = await newCgw(emu, '203.0.113.63', 65063);
    const r = await ok<{ VpnConnectionId: string }>(
      emu.url,
      'CreateVpnConnection',
      {
        ...R,
        VpnGatewayId: dual.VpnGatewayId,
        LocalSubnet: '0.0.0.0/0',
        RemoteSubnet: '0.0.0.0/0',
        EnableTunnelsBgp: true,
        ...tunnelParams(a, a, {
          'TunnelOptionsSpecification.1.TunnelBgpConfig.TunnelCidr': '169.254.10.0/30',
          'TunnelOptionsSpecification.1.TunnelBgpConfig.LocalAsn': '65530',
          'TunnelOptionsSpecification.2.TunnelBgpConfig.TunnelCidr': '169.254.11.0/30',
        }),
      },
      POST,
    );
    const c = await describeConn(emu, r.VpnConnectionId);
    expect(c.EnableTunnelsBgp).toBe(true);
    expect(c.TunnelOptionsSpecification.TunnelOptions.map((t) => t.TunnelBgpConfig)).toEqual([
      expect.objectContaining({ LocalAsn: '65530', LocalBgpIp: '169.254.10.1', PeerAsn: '65063' }),
      expect.objectContaining({ LocalAsn: '45104', PeerBgpIp: '169.254.11.2' }),
    ]);
  });

  it('refuses the wrong form for each gateway kind, bad tunnel counts and tunnel CIDRs', async () => {
    const { dual, single } = await seededGateways(emu);
    const a = await newCgw(emu, '203.0.113.64');
    const base = { ...R, LocalSubnet: '10.1.0.0/16', RemoteSubnet: '10.2.0.0/16' };
    const cases: [Record<string, string>, number, string][] = [
      [
        { VpnGatewayId: dual.VpnGatewayId, CustomerGatewayId: a },
        400,
        'OperationUnsupported.DualTunnelGateway',
      ],
      [
        { VpnGatewayId: single.VpnGatewayId, ...tunnelParams(a, a) },
        400,
        'OperationUnsupported.SingleTunnelGateway',
      ],
      [
        { VpnGatewayId: dual.VpnGatewayId, 'TunnelOptionsSpecification.1.CustomerGatewayId': a },
        400,
        'InvalidParameter.TunnelOptionsSpecification.Malformed',
      ],
      [
        {
          VpnGatewayId: dual.VpnGatewayId,
          EnableTunnelsBgp: 'true',
          ...tunnelParams(a, a, {
            'TunnelOptionsSpecification.1.TunnelBgpConfig.TunnelCidr': '169.254.3.0/30',
          }),
        },
        400,
        'InvalidParameter.TunnelCidr.Malformed',
      ],
      [
        { VpnGatewayId: dual.VpnGatewayId, ...tunnelParams(a, 'cgw-nope') },
        404,
        'InvalidCustomerGatewayInstanceId.NotFound',
      ],
      [
        { VpnGatewayId: dual.VpnGatewayId, ...tunnelParams(a, a), LocalSubnet: '10.1.0.1/16' },
        400,
        'IllegalParam.LocalSubnet',
      ],
    ];
    for (const [extra, status, code] of cases) {
      const e = await fails(emu.url, 'CreateVpnConnection', { ...base, ...extra }, POST);
      expect([e.status, e.code], JSON.stringify(extra)).toEqual([status, code]);
    }
    const bad = await fails(emu.url, 'CreateVpnConnection', {
      ...base,
      VpnGatewayId: dual.VpnGatewayId,
      ...tunnelParams(a, a),
      RemoteSubnet: 'nope',
    });
    expect(bad.message).toMatch(/^The specified "RemoteSubnet" \(nope\) is invalid\./);
  });

  it('modifies subnets and one tunnel (partial), the gateway refusing a second write meanwhile', async () => {
    const { id } = await createDual();
    await settle(emu);
    const before = await describeConn(emu, id);
    const [t1] = before.TunnelOptionsSpecification.TunnelOptions;
    const r = await ok<{
      RemoteSubnet: string;
      TunnelOptionsSpecification: {
        TunnelOptions: {
          State: string;
          EnableDpd: boolean;
          TunnelIkeConfig: { IkeLifetime: number; Psk: string };
        }[];
      };
    }>(
      emu.url,
      'ModifyVpnConnectionAttribute',
      {
        ...R,
        VpnConnectionId: id,
        RemoteSubnet: '192.168.20.0/24,192.168.21.0/24',
        'TunnelOptionsSpecification.1.TunnelId': t1?.TunnelId ?? '',
        'TunnelOptionsSpecification.1.TunnelIkeConfig.Psk': 'rotated-key',
        'TunnelOptionsSpecification.1.EnableDpd': 'false',
      },
      POST,
    );
    // Modify's own types: bools and ints (REFERENCE-2 §1.6).
    expect(r.TunnelOptionsSpecification.TunnelOptions[0]).toMatchObject({
      State: 'updating',
      EnableDpd: false,
      TunnelIkeConfig: { IkeLifetime: 86400, Psk: 'rotated-key' },
    });
    const busy = await fails(emu.url, 'ModifyVpnConnectionAttribute', {
      ...R,
      VpnConnectionId: id,
      Name: 'x',
    });
    expect([busy.status, busy.code]).toEqual([400, 'VpnGateway.Configuring']);
    await settle(emu);
    const after = await describeConn(emu, id);
    const t = after.TunnelOptionsSpecification.TunnelOptions[0];
    expect(after.RemoteSubnet).toBe('192.168.20.0/24,192.168.21.0/24');
    expect([t?.State, t?.EnableDpd, t?.TunnelIkeConfig.IkeVersion]).toEqual([
      'active',
      'false',
      'ikev2',
    ]);
  });

  it('ModifyTunnelAttribute takes one un-indexed object in the query; BGP cannot be switched on there', async () => {
    const { id } = await createDual();
    await settle(emu);
    const t1 = (await describeConn(emu, id)).TunnelOptionsSpecification.TunnelOptions[0];
    const r = await ok<{ State: string; TunnelIkeConfig: { IkeMode: string } }>(
      emu.url,
      'ModifyTunnelAttribute',
      {
        ...R,
        VpnConnectionId: id,
        TunnelId: t1?.TunnelId ?? '',
        'TunnelOptionsSpecification.TunnelIkeConfig.IkeMode': 'aggressive',
        'TunnelOptionsSpecification.EnableNatTraversal': 'false',
      },
    );
    expect([r.State, r.TunnelIkeConfig.IkeMode]).toEqual(['updating', 'aggressive']);
    await settle(emu);
    const bgp = await fails(emu.url, 'ModifyTunnelAttribute', {
      ...R,
      VpnConnectionId: id,
      TunnelId: t1?.TunnelId ?? '',
      'TunnelOptionsSpecification.TunnelBgpConfig.LocalAsn': '65000',
    });
    expect(bgp.code).toBe('OperationFailed.TunnelBgpNotEnabled');
    const unknown = await fails(emu.url, 'ModifyTunnelAttribute', {
      ...R,
      VpnConnectionId: id,
      TunnelId: 'tun-nope',
    });
    expect([unknown.status, unknown.code]).toEqual([404, 'InvalidTunnelId.NotFound']);
    // The master is ikev2, which has no aggressive mode: it fails negotiation (reason recorded)
    // and the slave carries the traffic.
    const c = await describeConn(emu, id);
    expect(c.TunnelOptionsSpecification.TunnelOptions.map((t) => t.Status)).toEqual([
      'ike_sa_not_established',
      'ipsec_sa_established',
    ]);
    const events = await eventsOf(emu, id);
    const failed = events.filter((e) => e.type === 'negotiation_failed');
    expect(failed.at(-1)?.detail).toMatch(/IKEv2 has no aggressive mode/);
    expect(events.at(-1)).toMatchObject({
      type: 'failover',
      tunnelId: c.TunnelOptionsSpecification.TunnelOptions[1]?.TunnelId,
    });
  });
});
