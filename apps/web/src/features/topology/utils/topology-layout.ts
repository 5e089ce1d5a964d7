import { Graph, layout } from '@dagrejs/dagre';
import type { Topology } from '@gc/contracts';

/** Size every node is drawn at (the layout needs it to keep nodes apart). */
export const NODE_SIZE = { width: 220, height: 64 };

/** A node's top-left corner as React Flow wants it. */
export interface Placed {
  id: string;
  x: number;
  y: number;
}

/**
 * Places the nodes left to right by rank with dagre (Sugiyama layering: containers before what
 * they hold); no coordinate is written by hand. Returns top-left corners.
 */
export function layoutTopology(topology: Pick<Topology, 'nodes' | 'edges'>): Placed[] {
  const g = new Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 24, ranksep: 80, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of topology.nodes) g.setNode(n.id, { ...NODE_SIZE });
  for (const e of topology.edges) g.setEdge(e.source, e.target);
  layout(g);
  return topology.nodes.map((n) => {
    const p = g.node(n.id) as { x: number; y: number };
    // dagre gives centres; React Flow positions by the top-left corner.
    return { id: n.id, x: p.x - NODE_SIZE.width / 2, y: p.y - NODE_SIZE.height / 2 };
  });
}
