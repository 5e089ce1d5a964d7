import type { InventoryCounts, InventoryItem, InventoryQuery } from '@gc/contracts';

function matchesTag(item: InventoryItem, filter: string): boolean {
  const at = filter.indexOf('=');
  const key = at < 0 ? filter : filter.slice(0, at);
  const value = at < 0 ? undefined : filter.slice(at + 1);
  return item.tags.some((t) => t.key === key && (value === undefined || t.value === value));
}

/** Applies the inventory filters (AND): type, region, status (any case), q on name/ID, tag. */
export function filterInventory(
  items: readonly InventoryItem[],
  query: InventoryQuery,
): InventoryItem[] {
  const q = query.q?.toLowerCase();
  const status = query.status?.toLowerCase();
  return items.filter(
    (i) =>
      (!query.type || i.type === query.type) &&
      (!query.region || i.regionId === query.region) &&
      (!status || i.status.toLowerCase() === status) &&
      (!q || i.name.toLowerCase().includes(q) || i.id.toLowerCase().includes(q)) &&
      (!query.tag || matchesTag(i, query.tag)),
  );
}

function tally(items: readonly InventoryItem[], key: (i: InventoryItem) => string) {
  const out: Record<string, number> = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
}

/** Counts per region, type and status. */
export function countInventory(items: readonly InventoryItem[]): InventoryCounts {
  return {
    byRegion: tally(items, (i) => i.regionId),
    byType: tally(items, (i) => i.type),
    byStatus: tally(items, (i) => i.status),
  };
}

/** Stable order: region, type, name, ID. */
export function sortInventory(items: InventoryItem[]): InventoryItem[] {
  const order = { nat: 0, vpn: 1, ipv6: 2 };
  return items.sort(
    (a, b) =>
      a.regionId.localeCompare(b.regionId) ||
      order[a.type] - order[b.type] ||
      a.name.localeCompare(b.name) ||
      a.id.localeCompare(b.id),
  );
}
