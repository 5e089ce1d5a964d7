import { VpcClient } from '@gc/vpc-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY, startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin } from './signed-call.ts';
import { models, officialVpcClient, popCoreClient } from './sdk-clients.ts';
import { recordEvents, seedDualTunnelConnection } from './vpn-dual-tunnel-state.ts';

// Every diagnostics action through the official SDK (ACS3 and signature 1.0) and pop-core.
let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'manual' } });
});
afterAll(() => emu.close());
beforeEach(() => admin(emu, 'POST', 'reset'));

const regionId = 'cn-hangzhou';

describe.each([
  ['ACS3 (SDK default)', undefined],
  ['signature 1.0 (v2)', 'v2' as const],
])('@alicloud/vpc20160428 with %s', (_label, signatureAlgorithm) => {
  it('downloads the peer config, reads logs, diagnoses and reads the report', async () => {
    const vpc = officialVpcClient(emu.url, signatureAlgorithm ? { signatureAlgorithm } : {});
    const dual = await seedDualTunnelConnection(emu);
    await recordEvents(emu, regionId, [
      {
        connectionId: dual.id,
        tunnelId: 'tun-test2',
        at: Date.now() - 30_000,
        type: 'dpd_timeout',
        detail: '',
      },
    ]);
    const cfg = await vpc.downloadVpnConnectionConfig(
      new models.DownloadVpnConnectionConfigRequest({ regionId, vpnConnectionId: dual.id }),
    );
    const tunnels = cfg.body?.vpnConnectionConfig?.tunnelsConfig?.tunnelConfig ?? [];
    expect(tunnels.map((t) => [t.tunnelId, t.ikeConfig?.ikeLifetime])).toEqual([
      ['tun-test1', 86400],
      ['tun-test2', 86400],
    ]);
    expect(cfg.body?.vpnConnectionConfig?.bgpConfigs?.bgpConfig?.[1]?.peerAsn).toBe('45104');

    const logs = await vpc.describeVpnConnectionLogs(
      new models.DescribeVpnConnectionLogsRequest({
        regionId,
        vpnConnectionId: dual.id,
        tunnelId: 'tun-test2',
        minutePeriod: 5,
      }),
    );
    expect(logs.body).toMatchObject({ count: 1, isCompleted: true });
    expect(logs.body?.data?.logs?.[0]).toContain('DPD: no response from 198.51.100.20');

    const last = await vpc.diagnoseVpnConnections(
      new models.DiagnoseVpnConnectionsRequest({ regionId, tunnelIds: ['tun-test2'] }),
    );
    expect(last.body?.vpnConnections?.[0]).toMatchObject({
      tunnelId: 'tun-test2',
      failedReasonCode: 'DpdTimeout',
      severity: 'Warn',
    });

    const started = await vpc.diagnoseVpnGateway(
      new models.DiagnoseVpnGatewayRequest({
        regionId,
        vpnGatewayId: dual.gatewayId,
        resourceId: dual.id,
        resourceType: 'IPsec',
      }),
    );
    const diagnoseId = started.body?.diagnoseId ?? '';
    expect(diagnoseId).toMatch(/^vpndgn-/);
    await admin(emu, 'POST', 'advance');
    const report = await vpc.getVpnGatewayDiagnoseResult(
      new models.GetVpnGatewayDiagnoseResultRequest({ regionId, diagnoseId }),
    );
    expect(report.body).toMatchObject({
      diagnoseId,
      finishedCount: 6,
      totalCount: 6,
      resourceType: 'IPsec',
    });
    expect(report.body?.diagnoseResult?.map((d) => d.diagnoseResultLevel)).toContain('normal');

    const bgp = await vpc.checkVpnBgpEnabled(new models.CheckVpnBgpEnabledRequest({ regionId }));
    expect(bgp.body?.bgpEnabled).toBe(true);
  });
});

describe.each([['GET'], ['POST']] as const)('@alicloud/pop-core with %s', (method) => {
  it('runs every diagnostics action', async () => {
    const pop = popCoreClient(emu.url);
    const dual = await seedDualTunnelConnection(emu);
    const cfg = await pop.request<{ VpnConnectionConfig: { LocalSubnet: string } }>(
      'DownloadVpnConnectionConfig',
      { RegionId: regionId, VpnConnectionId: dual.id },
      { method },
    );
    expect(cfg.VpnConnectionConfig.LocalSubnet).toBe('172.31.0.0/16');
    const now = Math.floor(Date.now() / 1000);
    const logs = await pop.request<{ Data: { Logs: string[] } }>(
      'DescribeVpnConnectionLogs',
      { RegionId: regionId, VpnConnectionId: dual.id, From: now - 3600, To: now, PageSize: 50 },
      { method },
    );
    expect(logs.Data.Logs.length).toBeGreaterThan(0);
    const rows = await pop.request<{ VpnConnections: { TunnelId: string }[] }>(
      'DiagnoseVpnConnections',
      { RegionId: regionId, 'VpnConnectionIds.1': dual.id },
      { method },
    );
    expect(rows.VpnConnections.map((r) => r.TunnelId)).toEqual(['tun-test1', 'tun-test2']);
    const { DiagnoseId } = await pop.request<{ DiagnoseId: string }>(
      'DiagnoseVpnGateway',
      {
        RegionId: regionId,
        VpnGatewayId: dual.gatewayId,
        ResourceId: dual.id,
        ResourceType: 'IPsec',
      },
      { method },
    );
    await admin(emu, 'POST', 'advance');
    const report = await pop.request<{ DiagnoseId: string; DiagnoseResult: unknown[] }>(
      'GetVpnGatewayDiagnoseResult',
      { RegionId: regionId, VpnGatewayId: dual.gatewayId },
      { method },
    );
    expect(report).toMatchObject({ DiagnoseId });
    expect(report.DiagnoseResult).toHaveLength(6);
    const bgp = await pop.request<{ BgpEnabled: boolean }>(
      'CheckVpnBgpEnabled',
      { RegionId: regionId },
      { method },
    );
    expect(bgp.BgpEnabled).toBe(true);
  });
});

describe.each([['XML'], ['JSON']] as const)('@gc/vpc-client in %s', (format) => {
  it('decodes every diagnostics answer, one-item bare arrays included', async () => {
    const client = new VpcClient({
      endpoint: emu.url,
      credentials: { ...DEMO_ACCESS_KEY },
      format,
    });
    try {
      const dual = await seedDualTunnelConnection(emu);
      await recordEvents(emu, regionId, [
        {
          connectionId: dual.id,
          tunnelId: 'tun-test1',
          at: Date.now() - 1000,
          type: 'peer_down',
          detail: '',
        },
      ]);
      const cfg = await client.downloadVpnConnectionConfig({
        RegionId: regionId,
        VpnConnectionId: dual.id,
      });
      expect(cfg.VpnConnectionConfig?.TunnelsConfig.TunnelConfig).toHaveLength(2);
      const logs = await client.describeVpnConnectionLogs({
        RegionId: regionId,
        VpnConnectionId: dual.id,
        From: Math.floor(Date.now() / 1000) - 60,
        To: Math.floor(Date.now() / 1000) + 5,
      });
      expect(logs.Data?.Logs).toEqual([expect.stringContaining('not responding')]);
      const rows = await client.diagnoseVpnConnections({
        RegionId: regionId,
        TunnelIds: ['tun-test1'],
      });
      expect(rows.VpnConnections).toEqual([
        expect.objectContaining({ TunnelId: 'tun-test1', FailedTime: expect.any(Number) }),
      ]);
      const { DiagnoseId } = await client.diagnoseVpnGateway({
        RegionId: regionId,
        VpnGatewayId: dual.gatewayId,
        ResourceId: dual.id,
        ResourceType: 'IPsec',
      });
      await admin(emu, 'POST', 'advance');
      const report = await client.getVpnGatewayDiagnoseResult({ RegionId: regionId, DiagnoseId });
      expect(report.DiagnoseResult).toHaveLength(6);
      expect(report.FinishedCount).toBe(6);
      expect((await client.checkVpnBgpEnabled({ RegionId: regionId })).BgpEnabled).toBe(true);
    } finally {
      await client.close();
    }
  });
});
