import type { Tag } from '@gc/contracts';
import type { VpcClient } from '@gc/vpc-client';

/** The resource whose tags change: its region, API resource type and ID. */
export interface TagTarget {
  regionId: string;
  resourceType: string;
  id: string;
}

/**
 * Replaces a resource's tag set with the fewest calls: UnTagResources for dropped keys,
 * TagResources for new or changed ones, nothing when the set is unchanged.
 */
export async function replaceTags(
  client: VpcClient,
  target: TagTarget,
  current: readonly Tag[],
  tags: readonly Tag[],
): Promise<void> {
  const wanted = new Map(tags.map((t) => [t.key, t.value]));
  const dropped = current.filter((t) => !wanted.has(t.key)).map((t) => t.key);
  const changed = tags.filter((t) => !current.some((c) => c.key === t.key && c.value === t.value));
  const base = { RegionId: target.regionId, ResourceType: target.resourceType };
  const ids = { ...base, ResourceId: [target.id] };
  if (dropped.length > 0) await client.unTagResources({ ...ids, TagKey: dropped });
  if (changed.length > 0) {
    await client.tagResources({
      ...ids,
      Tag: changed.map((t) => ({ Key: t.key, Value: t.value })),
    });
  }
}
