import { describe, expect, it } from 'vitest';
import type { TopologyNode } from '@gc/contracts';
import { layoutTopology, NODE_SIZE } from './topology-layout';

const node = (id: string): TopologyNode => ({ id, kind: 'vswitch', label: id, detail: '' });

describe('layoutTopology', () => {
  it('puts each rank to the right of its parent and keeps siblings apart', () => {
    const placed = layoutTopology({
      nodes: ['vpc', 'a', 'b', 'nat'].map(node),
      edges: [
        { id: '1', source: 'vpc', target: 'a' },
        { id: '2', source: 'vpc', target: 'b' },
        { id: '3', source: 'a', target: 'nat' },
      ],
    });
    const at = Object.fromEntries(placed.map((p) => [p.id, p]));
    expect(at.a!.x).toBeGreaterThan(at.vpc!.x + NODE_SIZE.width);
    expect(at.nat!.x).toBeGreaterThan(at.a!.x + NODE_SIZE.width);
    expect(at.a!.x).toBe(at.b!.x);
    expect(Math.abs(at.a!.y - at.b!.y)).toBeGreaterThanOrEqual(NODE_SIZE.height);
  });
});
