import { describe, expect, it } from 'vitest';
import { ApiError } from '../api-error.ts';
import { requireRegion } from '../regions.ts';
import { Store } from '../store.ts';
import { VSWITCH_KIND } from './vpc.model.ts';
import type { VSwitchRecord } from './vpc.model.ts';
import { isReleaseForbidden, placeGateway } from './vpn-gateway.dual.ts';
import { availableZoneIds, requiresDualTunnel, zoneName } from './vpn-gateway-zones.model.ts';

const vswitch = (store: Store, regionId: string, id: string, zone: string) =>
  store.table<VSwitchRecord>(regionId, VSWITCH_KIND).put({
    id,
    regionId,
    tags: [],
    VpcId: 'vpc-1',
    ZoneId: `${regionId}-${zone}`,
    VSwitchName: id,
    Description: '',
    CidrBlock: '10.0.0.0/24',
    CreationTime: '',
    IsDefault: false,
    Status: 'Available',
    RouteTableId: '',
    NetworkAclId: '',
    ResourceGroupId: '',
    EnabledIpv6: false,
    Ipv6CidrBlock: '',
    usedIps: [],
  });

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof ApiError ? e.code : String(e);
  }
  return 'OK';
};

describe('dual-tunnel placement', () => {
  it('lets a single-zone dual region use one vSwitch twice, and refuses a second vSwitch in Riyadh', () => {
    const store = new Store();
    vswitch(store, 'ap-northeast-2', 'vsw-seoul', 'a');
    const seoul = {
      regionId: 'ap-northeast-2',
      vpcId: 'vpc-1',
      gatewayType: 'Traditional' as const,
    };
    const both = { ...seoul, VSwitchId: 'vsw-seoul', DisasterRecoveryVSwitchId: 'vsw-seoul' };
    expect(placeGateway(store, { ...both, spec: '10M' }).drVsw?.id).toBe('vsw-seoul');
    expect(codeOf(() => placeGateway(store, { ...seoul, VSwitchId: 'vsw-seoul' }))).toBe(
      'InvalidVSwitchId.NotFound',
    );
    vswitch(store, 'me-central-1', 'vsw-riyadh', 'a');
    const riyadh = {
      regionId: 'me-central-1',
      vpcId: 'vpc-1',
      gatewayType: 'Traditional' as const,
    };
    expect(placeGateway(store, { ...riyadh, VSwitchId: 'vsw-riyadh' }).drVsw).toBeUndefined();
    expect(
      codeOf(() =>
        placeGateway(store, {
          ...riyadh,
          VSwitchId: 'vsw-riyadh',
          DisasterRecoveryVSwitchId: 'vsw-riyadh',
        }),
      ),
    ).toBe('InvalidParameter.DisasterRecoveryVSwitchId.ValueNotSupported');
  });

  it('decides dual-tunnel per region and zone', () => {
    expect(requiresDualTunnel('cn-hangzhou', 'cn-hangzhou-h')).toBe(true);
    expect(requiresDualTunnel('eu-central-1', 'eu-central-1-b')).toBe(false);
    expect(requiresDualTunnel('me-central-1', 'me-central-1-a')).toBe(false);
  });
});

describe('available zones', () => {
  const hz = requireRegion('cn-hangzhou');
  it('drops the last zone for the largest specs and keeps two zones for enhanced gateways', () => {
    expect(availableZoneIds(hz, '10M', 'Traditional')).toHaveLength(7);
    expect(availableZoneIds(hz, '1000M', 'Traditional')).not.toContain('cn-hangzhou-k');
    expect(availableZoneIds(hz, '1000M', 'Enhanced.SiteToSite')).toEqual([
      'cn-hangzhou-b',
      'cn-hangzhou-f',
    ]);
    expect(availableZoneIds(hz, '1000M')).toHaveLength(6);
  });
  it('names zones in English or Chinese', () => {
    expect(zoneName(hz, 'cn-hangzhou-h', 'en-US')).toBe('Hangzhou Zone H');
    expect(zoneName(hz, 'cn-hangzhou-h', 'zh-CN')).toBe('杭州 可用区H');
  });
});

describe('ForbiddenRelease', () => {
  const day = 86_400_000;
  const now = new Date('2026-06-01T00:00:00Z');
  const prepay = {
    ChargeType: 'Prepay',
    CreateTime: now.getTime() - 10 * day,
    EndTime: now.getTime() + day,
  };
  it('refuses a subscription within its term, after the first day', () => {
    expect(isReleaseForbidden(prepay, now)).toBe(true);
    expect(isReleaseForbidden({ ...prepay, EndTime: now.getTime() - 1 }, now)).toBe(false);
    expect(isReleaseForbidden({ ...prepay, CreateTime: now.getTime() - day / 2 }, now)).toBe(false);
    expect(isReleaseForbidden({ ...prepay, ChargeType: 'POSTPAY' }, now)).toBe(false);
  });
});
