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
interface Row {
  VpnConnectionId: string;
  TunnelId: string;
  Severity: string;
  FailedReasonCode: string;
  MismatchLocalParam: string;
  MismatchRemoteParam: string;
  SourceLog: string;
}
interface Report {
  DiagnoseId: string;
  FinishTime: string;
  BeginTime: string;
  FinishedCount: number;
  TotalCount: number;
  ResourceInstanceId: string;
  DiagnoseResult: {
    DiagnoseName: string;
    DiagnoseResultLevel: string;
    DiagnoseResultDescription: string;
  }[];
}
const level = (r: Report, name: string) =>
  r.DiagnoseResult.find((d) => d.DiagnoseName === name)?.DiagnoseResultLevel;
const detail = (r: Report, name: string) =>
  JSON.parse(
    r.DiagnoseResult.find((d) => d.DiagnoseName === name)?.DiagnoseResultDescription ?? '{}',
  ) as Record<string, unknown>;

describe('DiagnoseVpnConnections', () => {
  it('gives each tunnel its last error: Critical while down, with the mismatching values', async () => {
    const dual = await seedDualTunnelConnection(emu, {
      tunnels: [{ PeerDown: true, Status: 'ike_sa_not_established' }, {}],
    });
    const t = Date.now() - 60_000;
    await recordEvents(emu, 'cn-hangzhou', [
      {
        connectionId: dual.id,
        tunnelId: 'tun-test1',
        at: t,
        type: 'peer_down',
        detail: 'admin API',
      },
      {
        connectionId: dual.id,
        tunnelId: 'tun-test2',
        at: t,
        type: 'negotiation_failed',
        detail: 'IpsecAuthAlg: local sha256, peer sha1',
      },
      {
        connectionId: dual.id,
        tunnelId: 'tun-test2',
        at: t + 5000,
        type: 'ipsec_sa_established',
        detail: '',
      },
    ]);
    const r = await ok<{ TotalCount: number; VpnConnections: Row[] }>(
      emu.url,
      'DiagnoseVpnConnections',
      {
        ...R,
        'TunnelIds.1': 'tun-test1',
        'TunnelIds.2': 'tun-test2',
      },
    );
    expect(r.TotalCount).toBe(2);
    expect(r.VpnConnections[0]).toMatchObject({
      TunnelId: 'tun-test1',
      Severity: 'Critical',
      FailedReasonCode: 'Phase1NegotiationTimeout',
    });
    expect(r.VpnConnections[1]).toMatchObject({
      TunnelId: 'tun-test2',
      Severity: 'Warn',
      FailedReasonCode: 'Phase2ParamMismatch',
      MismatchLocalParam: 'sha256',
      MismatchRemoteParam: 'sha1',
    });
    expect(r.VpnConnections[1]?.SourceLog).toContain('[PROTO_ERR]');
  });

  it('judges connections without events from their state; a gateway selects all of its own', async () => {
    const gws = await ok<{ VpnGateways: { VpnGateway: { VpnGatewayId: string; Name: string }[] } }>(
      emu.url,
      'DescribeVpnGateways',
      { RegionId: 'cn-shanghai' },
    );
    const gw = gws.VpnGateways.VpnGateway.find((g) => g.Name === 'sh-branch-vpn');
    const r = await ok<{ VpnConnections: Row[] }>(emu.url, 'DiagnoseVpnConnections', {
      RegionId: 'cn-shanghai',
      VpnGatewayId: gw?.VpnGatewayId ?? '',
    });
    // suzhou-factory waits for traffic (seeded down, EffectImmediately=false); sh-branch-vpn is
    // dual-tunnel, so each of its two tunnels is judged on its own.
    const waiting = expect.objectContaining({
      Severity: 'Warn',
      FailedReasonCode: 'NegotiationNotTriggered',
      TunnelId: expect.stringMatching(/^tun-/),
    });
    expect(r.VpnConnections).toEqual([waiting, waiting]);
    expect(new Set(r.VpnConnections.map((row) => row.TunnelId)).size).toBe(2);
    expect((await fails(emu.url, 'DiagnoseVpnConnections', R)).code).toBe('MissingParameter');
    const unknown = await fails(emu.url, 'DiagnoseVpnConnections', {
      ...R,
      'TunnelIds.1': 'tun-nope',
    });
    expect([unknown.status, unknown.code]).toEqual([404, 'InvalidTunnelId.NotFound']);
  });
});

describe('DiagnoseVpnGateway → GetVpnGatewayDiagnoseResult', () => {
  it('runs on the lifecycle: nothing before it completes, then every check with a level', async () => {
    const dual = await seedDualTunnelConnection(emu, {
      tunnels: [{ PeerDown: true, Status: 'ike_sa_not_established' }, {}],
    });
    const start = {
      ...R,
      VpnGatewayId: dual.gatewayId,
      ResourceId: dual.id,
      ResourceType: 'IPsec',
    };
    const { DiagnoseId } = await ok<{ DiagnoseId: string }>(emu.url, 'DiagnoseVpnGateway', start);
    expect(DiagnoseId).toMatch(/^vpndgn-/);
    const running = await ok<Report>(emu.url, 'GetVpnGatewayDiagnoseResult', { ...R, DiagnoseId });
    expect(running).toMatchObject({
      FinishTime: '',
      DiagnoseResult: [],
      TotalCount: 6,
      ResourceInstanceId: dual.id,
    });
    await admin(emu, 'POST', 'advance');
    const done = await ok<Report>(emu.url, 'GetVpnGatewayDiagnoseResult', {
      ...R,
      VpnGatewayId: dual.gatewayId,
    });
    expect(done.DiagnoseId).toBe(DiagnoseId);
    expect(done.FinishTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(done.FinishedCount).toBe(6);
    expect(done.DiagnoseResult.map((d) => d.DiagnoseName).sort()).toEqual([
      'RouteEntryConflict',
      'VcoConfigConsistency',
      'VcoUserInternetIpConnectivity',
      'VpnIPsecQuota',
      'VpnPbrRouteQuota',
      'VpnRouteQuota',
    ]);
    // One of two peers unreachable: a warning, with the lost probe in the details.
    expect(level(done, 'VcoUserInternetIpConnectivity')).toBe('warning');
    expect(detail(done, 'VcoUserInternetIpConnectivity')).toMatchObject({
      targetIp: '203.0.113.10',
      rtt: -1,
      lossRate: 100,
    });
    expect(level(done, 'VcoConfigConsistency')).toBe('warning');
    expect(detail(done, 'VpnIPsecQuota')).toMatchObject({ quantity: 10, used: 1 });
  });

  it('probes a private pair with IPsecExtendInfo and reports subnet overlap as an error', async () => {
    const dual = await seedDualTunnelConnection(emu, { conn: { RemoteSubnet: '10.20.5.0/24' } });
    const { DiagnoseId } = await ok<{ DiagnoseId: string }>(emu.url, 'DiagnoseVpnGateway', {
      ...R,
      VpnGatewayId: dual.gatewayId,
      ResourceId: dual.id,
      ResourceType: 'IPsec',
      IPsecExtendInfo: JSON.stringify({
        PrivateSourceIp: '10.20.0.5',
        PrivateDestinationIp: '10.20.5.9',
      }),
    });
    await admin(emu, 'POST', 'advance');
    const done = await ok<Report>(emu.url, 'GetVpnGatewayDiagnoseResult', { ...R, DiagnoseId });
    expect(done.TotalCount).toBe(7);
    expect(level(done, 'VcoPrivateConnectivity')).toBe('normal');
    expect(level(done, 'VcoConfigConsistency')).toBe('error');
    expect(JSON.stringify(detail(done, 'VcoConfigConsistency').vcoDiffConf)).toContain('overlap');
  });

  it('counts polls as Describe calls in manual mode, and immediate mode finishes at once', async () => {
    const dual = await seedDualTunnelConnection(emu);
    const start = {
      ...R,
      VpnGatewayId: dual.gatewayId,
      ResourceId: dual.id,
      ResourceType: 'IPsec',
    };
    await admin(emu, 'PUT', 'timing', { mode: 'manual', describesToAdvance: 2 });
    const { DiagnoseId } = await ok<{ DiagnoseId: string }>(emu.url, 'DiagnoseVpnGateway', start);
    expect(
      (await ok<Report>(emu.url, 'GetVpnGatewayDiagnoseResult', { ...R, DiagnoseId })).FinishTime,
    ).toBe('');
    expect(
      (await ok<Report>(emu.url, 'GetVpnGatewayDiagnoseResult', { ...R, DiagnoseId })).FinishTime,
    ).not.toBe('');
    await admin(emu, 'PUT', 'timing', { mode: 'immediate' });
    const again = await ok<{ DiagnoseId: string }>(emu.url, 'DiagnoseVpnGateway', start);
    const report = await ok<Report>(emu.url, 'GetVpnGatewayDiagnoseResult', {
      ...R,
      DiagnoseId: again.DiagnoseId,
    });
    expect(report.DiagnoseResult.every((d) => d.DiagnoseResultLevel === 'normal')).toBe(true);
  });

  it('refuses other resource types, foreign connections and unknown diagnoses', async () => {
    const dual = await seedDualTunnelConnection(emu);
    const start = { ...R, VpnGatewayId: dual.gatewayId, ResourceId: dual.id };
    expect(
      (await fails(emu.url, 'DiagnoseVpnGateway', { ...start, ResourceType: 'SSL' })).code,
    ).toBe('IllegalParam.ResourceType');
    const conns = await ok<{
      VpnConnections: { VpnConnection: { VpnConnectionId: string; VpnGatewayId: string }[] };
    }>(emu.url, 'DescribeVpnConnections', R);
    const other = conns.VpnConnections.VpnConnection.find((c) => c.VpnGatewayId !== dual.gatewayId);
    const foreign = await fails(emu.url, 'DiagnoseVpnGateway', {
      ...start,
      ResourceType: 'IPsec',
      ResourceId: other?.VpnConnectionId ?? '',
    });
    expect([foreign.status, foreign.code]).toEqual([400, 'IllegalParam.ResourceId']);
    const bad = await fails(emu.url, 'DiagnoseVpnGateway', {
      ...start,
      ResourceType: 'IPsec',
      IPsecExtendInfo: '{"PrivateSourceIp":1}',
    });
    expect(bad.code).toBe('IllegalParam.IPsecExtendInfo');
    const unknown = await fails(emu.url, 'GetVpnGatewayDiagnoseResult', {
      ...R,
      DiagnoseId: 'vpndgn-nope',
    });
    expect([unknown.status, unknown.code]).toEqual([404, 'InvalidDiagnoseId.NotFound']);
    expect((await fails(emu.url, 'GetVpnGatewayDiagnoseResult', R)).code).toBe('MissingParameter');
  });
});

describe('CheckVpnBgpEnabled', () => {
  it('says BGP is supported in a known region and refuses an unknown one', async () => {
    expect(await ok(emu.url, 'CheckVpnBgpEnabled', R)).toMatchObject({ BgpEnabled: true });
    expect((await fails(emu.url, 'CheckVpnBgpEnabled', { RegionId: 'xx-nowhere-1' })).status).toBe(
      404,
    );
  });
});
