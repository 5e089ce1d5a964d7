import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectionLogsSchema,
  diagnosisSchema,
  diagnosisStartedSchema,
  errorBodySchema,
  peerConfigSchema,
  vpnConnectionListSchema,
  vpnGatewayPageSchema,
} from '@gc/contracts';
import type { AuditEvent } from '../src/audit/audit-recorder.ts';
import { startHarness, type Agent, type Harness } from './harness.ts';

// Diagnostics against a real emulator (immediate timing): logs, diagnoses, the per-tunnel peer config.
const R = '/api/regions/cn-hangzhou';
const events: AuditEvent[] = [];
let h: Harness;
let op: Agent;
let auditor: Agent;
let gatewayId: string;
let connectionId: string;

type Row = Record<string, unknown> & { id: string; Name?: string };
type State = { regions: Record<string, Record<string, Record<string, Row>>> };

/** Writes a dual-tunnel connection on the seeded dual-tunnel gateway (the connections slice will create them). */
async function addDualTunnelConnection(): Promise<{ id: string; gatewayId: string }> {
  const state = await h.admin<State>('GET', '/state');
  const region = state.regions['cn-hangzhou'] ?? {};
  const gw = Object.values(region.vpnGateways ?? {}).find((g) => g.Name === '支付专线备份VPN');
  const cgws = Object.values(region.customerGateways ?? {});
  const base = Object.values(region.vpnConnections ?? {})[0];
  if (!gw || !base || cgws.length < 2) throw new Error('seed changed');
  const ike = { ...(base.IkeConfig as object), IkeVersion: 'ikev2' };
  const ipsec = base.IpsecConfig;
  const tunnel = (i: 1 | 2) => ({
    TunnelId: `tun-bfftest${i}`,
    TunnelIndex: i,
    Role: i === 1 ? 'master' : 'slave',
    CustomerGatewayId: cgws[i - 1]?.id,
    InternetIp: i === 1 ? gw.InternetIp : gw.DisasterRecoveryInternetIp,
    ZoneNo: 'cn-hangzhou-k',
    State: 'active',
    Status: 'ipsec_sa_established',
    EnableDpd: true,
    EnableNatTraversal: true,
    RemoteCaCertificate: '',
    TunnelIkeConfig: { ...ike, Psk: `Tunnel-${i}-Secret-Key` },
    TunnelIpsecConfig: ipsec,
    PeerDown: i === 1,
  });
  const id = 'vco-bffdualtunnel00000001';
  (region.vpnConnections ??= {})[id] = {
    ...base,
    id,
    Name: 'bff-dual',
    VpnGatewayId: gw.id,
    CustomerGatewayId: '',
    LocalSubnet: '10.30.0.0/16',
    RemoteSubnet: '172.29.0.0/16',
    Tunnels: [tunnel(1), tunnel(2)],
  };
  await h.admin('PUT', '/state', state);
  return { id, gatewayId: gw.id };
}

beforeAll(async () => {
  h = await startHarness({ audit: { record: async (e) => void events.push(e) } });
  op = await h.operator();
  auditor = await h.auditor();
  const gws = vpnGatewayPageSchema.parse((await op.get(`${R}/vpn-gateways?q=hz-office-vpn`)).body);
  gatewayId = gws.items[0]?.id ?? '';
  const conns = vpnConnectionListSchema.parse(
    (await op.get(`${R}/vpn-connections?vpnGatewayId=${gatewayId}`)).body,
  );
  connectionId = conns.items.find((c) => c.name === 'to-shanghai-office')?.id ?? '';
});
afterAll(() => h.close());

describe('connection logs', () => {
  it('reads the last hour by default, in seconds, for any role', async () => {
    const before = Math.floor(Date.now() / 1000);
    const logs = connectionLogsSchema.parse(
      (await auditor.get(`${R}/vpn-connections/${connectionId}/logs`)).body,
    );
    expect(logs.to - logs.from).toBe(3600);
    expect(logs.to).toBeGreaterThanOrEqual(before);
    expect(logs.complete).toBe(true);
    expect(logs.lines.length).toBeGreaterThan(5);
    expect(logs.lines.every((l) => l.includes(connectionId))).toBe(true);
  });

  it('collects every page of a day and refuses a reversed or too wide window on its field', async () => {
    const to = Math.floor(Date.now() / 1000);
    const day = connectionLogsSchema.parse(
      (await op.get(`${R}/vpn-connections/${connectionId}/logs?from=${to - 86_400}&to=${to}`)).body,
    );
    // 144 ten-minute probes of two lines each: more than one upstream page of 50.
    expect(day.lines.length).toBeGreaterThan(200);
    const reversed = await op.get(
      `${R}/vpn-connections/${connectionId}/logs?from=${to}&to=${to - 1}`,
    );
    expect(reversed.status).toBe(400);
    expect(errorBodySchema.parse(reversed.body).error.fields?.[0]?.path).toBe('to');
    const wide = await op.get(`${R}/vpn-connections/${connectionId}/logs?from=0&to=${to}`);
    expect(errorBodySchema.parse(wide.body).error.fields?.[0]?.path).toBe('from');
  });
});

describe('one-click diagnosis', () => {
  it('is started by operators (audited) and read by auditors, latest included', async () => {
    const started = await op.request('POST', `${R}/vpn-gateways/${gatewayId}/diagnose`, {
      body: { vpnConnectionId: connectionId },
    });
    expect(started.status).toBe(200);
    const { diagnoseId } = diagnosisStartedSchema.parse(started.body);
    expect(events.find((e) => e.action === 'DiagnoseVpnGateway')).toMatchObject({
      resourceId: gatewayId,
    });
    const report = diagnosisSchema.parse(
      (await auditor.get(`${R}/vpn-gateways/${gatewayId}/diagnose/latest`)).body,
    );
    expect(report).toMatchObject({
      diagnoseId,
      vpnConnectionId: connectionId,
      finished: true,
      totalCount: 6,
    });
    expect(report.checks.find((c) => c.name === 'VpnIPsecQuota')?.details).toMatchObject({
      quantity: 10,
      used: 2,
    });
    const refused = await auditor.request('POST', `${R}/vpn-gateways/${gatewayId}/diagnose`, {
      body: { vpnConnectionId: connectionId },
    });
    expect(refused.status).toBe(403);
  });

  it('puts a connection of another gateway and a half address pair on their fields', async () => {
    const dual = await addDualTunnelConnection();
    const foreign = await op.request('POST', `${R}/vpn-gateways/${gatewayId}/diagnose`, {
      body: { vpnConnectionId: dual.id },
    });
    expect(foreign.status).toBe(400);
    expect(errorBodySchema.parse(foreign.body).error).toMatchObject({
      code: 'IllegalParam.ResourceId',
      fields: [expect.objectContaining({ path: 'vpnConnectionId' })],
    });
    const half = await op.request('POST', `${R}/vpn-gateways/${gatewayId}/diagnose`, {
      body: { vpnConnectionId: connectionId, privateSourceIp: '10.10.0.5' },
    });
    expect(errorBodySchema.parse(half.body).error.fields?.[0]?.path).toBe('privateDestinationIp');
    const missing = await op.get(`${R}/vpn-gateways/${gatewayId}/diagnose/vpndgn-nope0000`);
    expect(missing.status).toBe(404);
  });
});

describe('peer configuration from DownloadVpnConnectionConfig', () => {
  it('covers both tunnels of a dual-tunnel connection, keys for operators only, never logged', async () => {
    const dual = await addDualTunnelConnection();
    const cfg = peerConfigSchema.parse(
      (await op.get(`${R}/vpn-connections/${dual.id}/peer-config`)).body,
    );
    expect(cfg.content).toContain('covers all 2 tunnels');
    expect(cfg.content).toContain('conn tun-bfftest1');
    expect(cfg.content).toContain('conn tun-bfftest2');
    expect(cfg.content).toContain('Tunnel-1-Secret-Key');
    expect(cfg.content).toContain('Tunnel-2-Secret-Key');
    expect(cfg.content).toContain('leftsubnet=172.29.0.0/16');
    const masked = peerConfigSchema.parse(
      (await auditor.get(`${R}/vpn-connections/${dual.id}/peer-config`)).body,
    );
    expect(masked.includesPsk).toBe(false);
    expect(masked.content).not.toMatch(/Tunnel-\d-Secret-Key/);
    expect(masked.content).toContain('conn tun-bfftest2');
    expect(h.logs.join('\n')).not.toMatch(/Tunnel-\d-Secret-Key/);
    expect(JSON.stringify(events)).not.toMatch(/Tunnel-\d-Secret-Key/);
    // A diagnosis of it sees the master's peer down.
    const { diagnoseId } = diagnosisStartedSchema.parse(
      (
        await op.request('POST', `${R}/vpn-gateways/${dual.gatewayId}/diagnose`, {
          body: { vpnConnectionId: dual.id },
        })
      ).body,
    );
    const report = diagnosisSchema.parse(
      (await op.get(`${R}/vpn-gateways/${dual.gatewayId}/diagnose/${diagnoseId}`)).body,
    );
    expect(report.checks.find((c) => c.name === 'VcoUserInternetIpConnectivity')?.level).toBe(
      'warning',
    );
  });
});
