import type { InventoryDetails, InventoryItem } from '@gc/contracts';

/** A healthy tagged pay-as-you-go NAT gateway, with overrides. */
export function inventoryItem(
  over: Partial<Omit<InventoryItem, 'details'>> & { details?: InventoryDetails } = {},
): InventoryItem {
  return {
    type: 'nat',
    id: 'ngw-fixture',
    name: 'fixture',
    regionId: 'cn-hangzhou',
    vpcId: 'vpc-fixture',
    status: 'Available',
    creationTime: '2026-01-01T00:00:00Z',
    createdAt: '2026-01-01T00:00:00Z',
    chargeType: 'PostPaid',
    tags: [{ key: 'env', value: 'prod' }],
    findings: [],
    ...over,
    details: over.details ?? { snatCount: 1, dnatCount: 0, eipCount: 1, deletionProtection: true },
  };
}
