import { lookupRoutes, type Region } from '@gc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { bffClient } from '../bff-client';

const STORAGE_KEY = 'gc.region';

/** Regions change rarely: cached for the session. */
export const regionsQueryOptions = queryOptions({
  queryKey: ['regions'],
  queryFn: () => bffClient.call(lookupRoutes.regions, {}),
  staleTime: Infinity,
});

/** The regions list. */
export function useRegions() {
  return useQuery(regionsQueryOptions);
}

/** The region the user last chose, if any. */
export function rememberedRegion(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Remembers the chosen region for the next visit. */
export function rememberRegion(regionId: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, regionId);
  } catch {
    // Storage may be disabled (private mode): the URL still carries the region.
  }
}

// Alibaba's own console opens in Hangzhou when it knows nothing better.
const DEFAULT_REGION = 'cn-hangzhou';

/** The region to open: the remembered one if it still exists, else Hangzhou, else the first. */
export function pickRegion(regions: Region[], remembered: string | null): string | undefined {
  for (const candidate of [remembered, DEFAULT_REGION]) {
    if (candidate !== null && regions.some((r) => r.id === candidate)) return candidate;
  }
  return regions[0]?.id;
}

/** The region's display name in the UI language (`localName` is the Chinese name). */
export function regionLabel(region: Region, language: string): string {
  return language.startsWith('zh') && region.localName ? region.localName : region.name;
}

/**
 * Region IDs as people read them, named as the region switcher names them ("Singapore", "新加坡");
 * an ID the account's list does not have is shown as is.
 */
export function useRegionName(): (regionId: string) => string {
  const { i18n } = useTranslation();
  const regions = useRegions().data?.items ?? [];
  const byId = new Map(regions.map((r) => [r.id, regionLabel(r, i18n.language)]));
  return (regionId) => byId.get(regionId) ?? regionId;
}
