import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { fails, ok, signedCall } from './signed-call.ts';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'immediate' } });
});
afterAll(() => emu.close());

interface Vpcs {
  TotalCount: number;
  PageSize: number;
  Vpcs: { Vpc: { VpcId: string; VpcName: string; NatGatewayIds: { NatGatewayIds: string[] } }[] };
}

describe('lookups', () => {
  it('lists the public regions in Chinese by default and English on request', async () => {
    const zh = await ok<{ Regions: { Region: { RegionId: string; LocalName: string }[] } }>(
      emu.url,
      'DescribeRegions',
    );
    expect(zh.Regions.Region.find((r) => r.RegionId === 'cn-hangzhou')?.LocalName).toBe(
      '华东1（杭州）',
    );
    const en = await ok<typeof zh>(emu.url, 'DescribeRegions', { AcceptLanguage: 'en-US' });
    expect(en.Regions.Region.find((r) => r.RegionId === 'ap-southeast-1')?.LocalName).toBe(
      'Singapore',
    );
    expect(en.Regions.Region.length).toBeGreaterThanOrEqual(25);
  });

  it('lists zones of a region and rejects an unknown region with 404', async () => {
    const z = await ok<{ Zones: { Zone: { ZoneId: string; LocalName: string }[] } }>(
      emu.url,
      'DescribeZones',
      {
        RegionId: 'cn-hangzhou',
        AcceptLanguage: 'en-us',
      },
    );
    expect(z.Zones.Zone.map((x) => x.ZoneId)).toContain('cn-hangzhou-h');
    expect(z.Zones.Zone[0]?.LocalName).toMatch(/^Hangzhou Zone [A-Z]$/);
    const e = await fails(emu.url, 'DescribeZones', { RegionId: 'mars-north-1' });
    expect([e.status, e.code]).toEqual([404, 'InvalidRegionId.NotFound']);
  });

  it('filters and paginates VPCs', async () => {
    const all = await ok<Vpcs>(emu.url, 'DescribeVpcs', { RegionId: 'cn-hangzhou' });
    expect(all.TotalCount).toBe(3);
    const page = await ok<Vpcs>(emu.url, 'DescribeVpcs', {
      RegionId: 'cn-hangzhou',
      PageSize: 2,
      PageNumber: 2,
    });
    expect(page.Vpcs.Vpc).toHaveLength(1);
    const byName = await ok<Vpcs>(emu.url, 'DescribeVpcs', {
      RegionId: 'cn-hangzhou',
      VpcName: '支付系统VPC',
    });
    expect(byName.Vpcs.Vpc.map((v) => v.VpcName)).toEqual(['支付系统VPC']);
    const byTag = await ok<Vpcs>(emu.url, 'DescribeVpcs', {
      RegionId: 'cn-hangzhou',
      'Tag.1.Key': 'team',
      'Tag.1.Value': 'platform',
    });
    expect(byTag.Vpcs.Vpc.map((v) => v.VpcName)).toEqual(['prod-core-vpc']);
    const tooBig = await fails(emu.url, 'DescribeVpcs', { RegionId: 'cn-hangzhou', PageSize: 51 });
    expect(tooBig.code).toBe('InvalidParameter.PageSize.Malformed');
  });

  it('renders XML with the same-name wrappers', async () => {
    const r = await signedCall(
      emu.url,
      'DescribeVpcs',
      { RegionId: 'cn-hangzhou', PageSize: 1 },
      { format: 'XML' },
    );
    expect(r.text).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><DescribeVpcsResponse><RequestId>/,
    );
    expect(r.text).toContain('<RouterTableIds><RouterTableIds>vtb-');
    expect(r.headers.get('x-acs-request-id')).toMatch(/^[0-9A-F-]{36}$/);
  });

  it('requires RegionId with a code naming it', async () => {
    const e = await fails(emu.url, 'DescribeVpcs', {});
    expect([e.status, e.code, e.message]).toEqual([
      400,
      'MissingRegionId',
      'RegionId is mandatory for this action.',
    ]);
  });
});
