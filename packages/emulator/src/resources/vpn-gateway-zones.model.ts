import { cityName, isDualTunnelRegion, zoneIds } from '../regions.ts';
import type { RegionInfo } from '../regions.ts';

/** Gateway specs of DescribeVpnGatewayAvailableZones: strings with unit (REFERENCE-2 §1.3). */
export const VPN_GATEWAY_SPECS = [
  '5M',
  '10M',
  '20M',
  '50M',
  '100M',
  '200M',
  '500M',
  '1000M',
] as const;

/** The two gateway types (REFERENCE-2 §1.4). */
export const VPN_GATEWAY_TYPES = ['Traditional', 'Enhanced.SiteToSite'] as const;

/** One of {@link VPN_GATEWAY_TYPES}. */
export type VpnGatewayType = (typeof VPN_GATEWAY_TYPES)[number];

// [emulator choice] Dual-tunnel support is per region *and zone* in the docs (REFERENCE-2 §1.1):
// eu-central-1-b stays a legacy zone where a gateway with one vSwitch is still single-tunnel.
const LEGACY_SINGLE_TUNNEL_ZONES: ReadonlySet<string> = new Set(['eu-central-1-b']);

/** Whether a gateway whose first vSwitch is in this zone must get a second one. */
export function requiresDualTunnel(regionId: string, zoneId: string): boolean {
  return isDualTunnelRegion(regionId) && !LEGACY_SINGLE_TUNNEL_ZONES.has(zoneId);
}

/**
 * Zones offering a spec (REFERENCE-2 §1.3: "different specs may return different zones").
 * [emulator choice] 500M/1000M are not sold in the last zone of a region with 3+ zones, and
 * enhanced gateways only in a region's first two zones.
 */
export function availableZoneIds(
  region: RegionInfo,
  spec: string,
  gatewayType?: VpnGatewayType,
): string[] {
  const all = zoneIds(region);
  const big = spec === '500M' || spec === '1000M';
  return all.filter((_zone, i) => {
    const traditional = !(big && all.length >= 3 && i === all.length - 1);
    const enhanced = i < 2;
    if (gatewayType === 'Traditional') return traditional;
    if (gatewayType === 'Enhanced.SiteToSite') return enhanced;
    return traditional || enhanced;
  });
}

/** A zone's display name: "Hangzhou Zone H" / "杭州 可用区H" (AcceptLanguage, dflt en-US). */
export function zoneName(region: RegionInfo, zoneId: string, lang: 'zh-CN' | 'en-US'): string {
  const letter = zoneId.slice(region.regionId.length + 1).toUpperCase();
  return lang === 'zh-CN'
    ? `${cityName(region.zh)} 可用区${letter}`
    : `${cityName(region.en)} Zone ${letter}`;
}
