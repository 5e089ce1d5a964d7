import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin, fails, ok, signedCall } from './signed-call.ts';
import { seededSslVpn } from './ssl-vpn-lookups.ts';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'manual' } });
});
afterAll(() => emu.close());
beforeEach(() => admin(emu, 'POST', 'reset'));

interface Logs {
  Count: number;
  IsCompleted: boolean;
  PageNumber: number;
  PageSize: number;
  Data: { Logs: string[] };
}

const seconds = (ms: number) => Math.floor(ms / 1000);

async function seededServer() {
  const { server, ids } = await seededSslVpn(emu.url);
  return { id: server.SslVpnServerId, certIds: ids };
}

const logs = (params: Record<string, string | number>) =>
  ok<Logs>(emu.url, 'DescribeVpnSslServerLogs', {
    RegionId: 'cn-hangzhou',
    PageSize: 50,
    ...params,
  });

describe('DescribeVpnSslServerLogs (REFERENCE-2 §3.11)', () => {
  it('answers the connects of the last hours for From/To in seconds, as a bare string array', async () => {
    const { id, certIds } = await seededServer();
    const now = Date.now();
    const r = await logs({
      VpnSslServerId: id,
      From: seconds(now - 3 * 3600_000),
      To: seconds(now) + 60,
    });
    expect(r).toMatchObject({ Count: 6, IsCompleted: true, PageNumber: 1, PageSize: 50 });
    expect(r.Data.Logs.filter((l) => l.includes('Peer Connection Initiated'))).toHaveLength(3);
    expect(r.Data.Logs[0]).toMatch(
      new RegExp(
        `^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d CN=${certIds[0]}/198\\.51\\.100\\.23:51234 `,
      ),
    );
    const one = await logs({
      VpnSslServerId: id,
      SslVpnClientCertId: certIds[1] ?? '',
      From: seconds(now - 3 * 3600_000),
      To: seconds(now),
    });
    expect(one.Data.Logs).toHaveLength(2);
    const week = await logs({
      VpnSslServerId: id,
      From: seconds(now - 7 * 86_400_000),
      To: seconds(now),
    });
    expect(week.Data.Logs.some((l) => l.includes(`certificate ${certIds[2]} has expired`))).toBe(
      true,
    );
  });

  it('follows admin connects and disconnects (MinutePeriod = the last minutes)', async () => {
    const { id, certIds } = await seededServer();
    await admin(emu, 'POST', 'ssl-vpn/connect', {
      regionId: 'cn-hangzhou',
      sslVpnClientCertId: certIds[1],
      ip: '198.51.100.50',
    });
    await admin(emu, 'POST', 'ssl-vpn/disconnect', {
      regionId: 'cn-hangzhou',
      sslVpnServerId: id,
      privateIp: '10.110.0.18',
    });
    const r = await logs({ VpnSslServerId: id, MinutePeriod: 1 });
    expect(r.Data.Logs).toEqual([
      expect.stringMatching(
        new RegExp(`CN=${certIds[1]}/198\\.51\\.100\\.50:\\d+ Peer Connection Initiated`),
      ),
      expect.stringContaining('MULTI_sva: pool returned IPv4=10.110.0.18'),
      expect.stringContaining('client-instance exiting: SIGTERM[soft,remote-exit]'),
    ]);
  });

  it('pages with Count, validates the window and knows the server', async () => {
    const { id } = await seededServer();
    const From = seconds(Date.now() - 3 * 3600_000);
    const To = seconds(Date.now());
    const page = await logs({ VpnSslServerId: id, From, To, PageSize: 4, PageNumber: 2 });
    expect([page.Count, page.Data.Logs.length, page.PageNumber]).toEqual([2, 2, 2]);
    const bad = (p: Record<string, string | number>) =>
      fails(emu.url, 'DescribeVpnSslServerLogs', {
        RegionId: 'cn-hangzhou',
        VpnSslServerId: id,
        ...p,
      });
    expect((await bad({})).code).toBe('MissingParameter');
    expect((await bad({ From })).code).toBe('MissingParameter');
    expect((await bad({ From: To, To: From })).code).toBe('IllegalParam.TimeRange');
    expect((await bad({ MinutePeriod: 11 })).code).toBe('InvalidParameter.MinutePeriod.Malformed');
    expect(
      (
        await fails(emu.url, 'DescribeVpnSslServerLogs', {
          RegionId: 'cn-hangzhou',
          MinutePeriod: 5,
        })
      ).code,
    ).toBe('MissingVpnSslServerId');
    const unknown = await fails(emu.url, 'DescribeVpnSslServerLogs', {
      RegionId: 'cn-hangzhou',
      VpnSslServerId: 'vss-x',
      MinutePeriod: 5,
    });
    expect(unknown).toMatchObject({ status: 404, code: 'InvalidSslVpnServerId.NotFound' });
  });

  it('renders Data.Logs as repeated elements in XML', async () => {
    const { id } = await seededServer();
    const r = await signedCall(
      emu.url,
      'DescribeVpnSslServerLogs',
      {
        RegionId: 'cn-hangzhou',
        VpnSslServerId: id,
        From: seconds(Date.now() - 3 * 3600_000),
        To: seconds(Date.now()),
      },
      { format: 'XML' },
    );
    expect(r.text.match(/<Logs>/g)).toHaveLength(6);
    expect(r.text).toContain('<Count>6</Count><IsCompleted>true</IsCompleted>');
  });
});
