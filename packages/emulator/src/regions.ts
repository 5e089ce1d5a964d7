import { invalidRegionIdNotFound } from './errors.ts';

/** A public region with its display names (REFERENCE §6.2). */
export interface RegionInfo {
  regionId: string;
  en: string;
  zh: string;
  /** Zone letters; zone ids are `<regionId>-<letter>`. */
  zones: readonly string[];
}

/**
 * Open public regions of REFERENCE §6.2 (closed ones and unconfirmed na-south-1 left out).
 * Zone letters are the well-known ones for the seeded regions, `a`/`b` elsewhere.
 */
export const REGIONS: readonly RegionInfo[] = [
  { regionId: 'cn-qingdao', en: 'China (Qingdao)', zh: '华北1（青岛）', zones: ['b', 'c'] },
  {
    regionId: 'cn-beijing',
    en: 'China (Beijing)',
    zh: '华北2（北京）',
    zones: ['a', 'c', 'f', 'g', 'h', 'i', 'j', 'k', 'l'],
  },
  {
    regionId: 'cn-zhangjiakou',
    en: 'China (Zhangjiakou)',
    zh: '华北3（张家口）',
    zones: ['a', 'b', 'c'],
  },
  { regionId: 'cn-huhehaote', en: 'China (Hohhot)', zh: '华北5（呼和浩特）', zones: ['a', 'b'] },
  {
    regionId: 'cn-wulanchabu',
    en: 'China (Ulanqab)',
    zh: '华北6（乌兰察布）',
    zones: ['a', 'b', 'c'],
  },
  {
    regionId: 'cn-hangzhou',
    en: 'China (Hangzhou)',
    zh: '华东1（杭州）',
    zones: ['b', 'f', 'g', 'h', 'i', 'j', 'k'],
  },
  {
    regionId: 'cn-shanghai',
    en: 'China (Shanghai)',
    zh: '华东2（上海）',
    zones: ['a', 'b', 'e', 'f', 'g', 'l', 'm'],
  },
  {
    regionId: 'cn-nanjing',
    en: 'China (Nanjing - Local Region)',
    zh: '华东5（南京-本地地域）',
    zones: ['a'],
  },
  {
    regionId: 'cn-fuzhou',
    en: 'China (Fuzhou - Local Region)',
    zh: '华东6（福州-本地地域）',
    zones: ['a'],
  },
  {
    regionId: 'cn-wuhan-lr',
    en: 'China (Wuhan - Local Region)',
    zh: '华中1（武汉-本地地域）',
    zones: ['a'],
  },
  {
    regionId: 'cn-shenzhen',
    en: 'China (Shenzhen)',
    zh: '华南1（深圳）',
    zones: ['a', 'c', 'd', 'e', 'f'],
  },
  { regionId: 'cn-heyuan', en: 'China (Heyuan)', zh: '华南2（河源）', zones: ['a', 'b'] },
  { regionId: 'cn-guangzhou', en: 'China (Guangzhou)', zh: '华南3（广州）', zones: ['a', 'b'] },
  { regionId: 'cn-chengdu', en: 'China (Chengdu)', zh: '西南1（成都）', zones: ['a', 'b'] },
  { regionId: 'cn-hongkong', en: 'China (Hong Kong)', zh: '中国香港', zones: ['b', 'c', 'd'] },
  { regionId: 'ap-northeast-1', en: 'Japan (Tokyo)', zh: '日本（东京）', zones: ['a', 'b', 'c'] },
  { regionId: 'ap-northeast-2', en: 'South Korea (Seoul)', zh: '韩国（首尔）', zones: ['a'] },
  { regionId: 'ap-southeast-1', en: 'Singapore', zh: '新加坡', zones: ['a', 'b', 'c'] },
  {
    regionId: 'ap-southeast-3',
    en: 'Malaysia (Kuala Lumpur)',
    zh: '马来西亚（吉隆坡）',
    zones: ['a', 'b'],
  },
  {
    regionId: 'ap-southeast-5',
    en: 'Indonesia (Jakarta)',
    zh: '印度尼西亚（雅加达）',
    zones: ['a', 'b', 'c'],
  },
  { regionId: 'ap-southeast-6', en: 'Philippines (Manila)', zh: '菲律宾（马尼拉）', zones: ['a'] },
  { regionId: 'ap-southeast-7', en: 'Thailand (Bangkok)', zh: '泰国（曼谷）', zones: ['a'] },
  { regionId: 'us-west-1', en: 'US (Silicon Valley)', zh: '美国（硅谷）', zones: ['a', 'b'] },
  { regionId: 'us-east-1', en: 'US (Virginia)', zh: '美国（弗吉尼亚）', zones: ['a', 'b'] },
  {
    regionId: 'eu-central-1',
    en: 'Germany (Frankfurt)',
    zh: '德国（法兰克福）',
    zones: ['a', 'b', 'c'],
  },
  { regionId: 'eu-west-1', en: 'UK (London)', zh: '英国（伦敦）', zones: ['a', 'b'] },
  { regionId: 'me-east-1', en: 'UAE (Dubai)', zh: '阿联酋（迪拜）', zones: ['a'] },
  { regionId: 'me-central-1', en: 'Saudi Arabia (Riyadh)', zh: '沙特（利雅得）', zones: ['a'] },
];

const BY_ID = new Map(REGIONS.map((r) => [r.regionId, r]));

/** The region, or the real not-found error (404 `InvalidRegionId.NotFound`, REFERENCE §5.6). */
export function requireRegion(regionId: string): RegionInfo {
  const region = BY_ID.get(regionId);
  if (!region) throw invalidRegionIdNotFound(regionId);
  return region;
}

/** Public endpoint of a region (REFERENCE §1.1: cn-hangzhou is served by the central endpoint). */
export function regionEndpoint(regionId: string): string {
  return regionId === 'cn-hangzhou' ? 'vpc.aliyuncs.com' : `vpc.${regionId}.aliyuncs.com`;
}

/** The city part of a display name: "China (Hangzhou)" → "Hangzhou", "华东1（杭州）" → "杭州". */
export function cityName(name: string): string {
  const m = /[（(]([^）)]+)[）)]/.exec(name);
  return m?.[1] ?? name;
}

/** All zone ids of a region. */
export function zoneIds(region: RegionInfo): string[] {
  return region.zones.map((z) => `${region.regionId}-${z}`);
}

// Every region sells dual-tunnel gateways except Riyadh (issue 12; REFERENCE-2 §1.1), [emulator choice].
const SINGLE_TUNNEL_REGIONS: ReadonlySet<string> = new Set(['me-central-1']);

/** Whether new VPN gateways in the region are dual-tunnel (two vSwitches). */
export function isDualTunnelRegion(regionId: string): boolean {
  return !SINGLE_TUNNEL_REGIONS.has(regionId);
}
