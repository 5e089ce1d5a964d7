import { describe, expect, it } from 'vitest';
import { inventoryExportQuerySchema, inventoryQuerySchema } from './inventory.ts';
import { topologyNodeSchema } from './topology.ts';

describe('inventory query', () => {
  it('accepts every filter and trims text', () => {
    expect(
      inventoryQuerySchema.parse({
        type: 'ipv6',
        region: 'cn-hangzhou',
        status: ' active ',
        q: ' prod ',
        tag: 'env=prod',
      }),
    ).toEqual({
      type: 'ipv6',
      region: 'cn-hangzhou',
      status: 'active',
      q: 'prod',
      tag: 'env=prod',
    });
    expect(inventoryQuerySchema.parse({})).toEqual({});
  });

  it('names each bad field', () => {
    const r = inventoryQuerySchema.safeParse({ type: 'router', region: 'Nowhere', tag: '' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['region', 'tag', 'type']);
  });

  it('defaults the export to CSV and refuses other formats', () => {
    expect(inventoryExportQuerySchema.parse({}).format).toBe('csv');
    expect(inventoryExportQuerySchema.safeParse({ format: 'xlsx' }).success).toBe(false);
  });
});

describe('topology node', () => {
  it('knows the pages a node can open', () => {
    const node = { id: 'ngw-1', kind: 'nat', label: 'egress', detail: '' };
    expect(
      topologyNodeSchema.parse({ ...node, opens: { page: 'nat-gateway', id: 'ngw-1' } }).opens,
    ).toEqual({ page: 'nat-gateway', id: 'ngw-1' });
    expect(
      topologyNodeSchema.safeParse({ ...node, opens: { page: 'billing', id: 'x' } }).success,
    ).toBe(false);
  });
});
