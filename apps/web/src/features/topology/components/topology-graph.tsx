import '@xyflow/react/dist/style.css';
import type { Topology } from '@gc/contracts';
import { Background, Controls, ReactFlow, type Edge } from '@xyflow/react';
import { Box } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { nodeLink } from '../utils/node-link';
import { layoutTopology } from '../utils/topology-layout';
import { ResourceNode, type ResourceFlowNode } from './resource-node';

const nodeTypes = { resource: ResourceNode };

/** The VPC's picture, laid out by dagre and drawn by React Flow; a click opens the resource. */
export function TopologyGraph({ topology }: { topology: Topology }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { nodes, edges } = useMemo(() => {
    const placed = new Map(layoutTopology(topology).map((p) => [p.id, p]));
    const flowNodes: ResourceFlowNode[] = topology.nodes.map((n) => ({
      id: n.id,
      type: 'resource',
      position: { x: placed.get(n.id)?.x ?? 0, y: placed.get(n.id)?.y ?? 0 },
      data: { resource: n },
      draggable: false,
      connectable: false,
      ariaLabel: `${t(`topology.kind.${n.kind}`)} ${n.label}`,
    }));
    const flowEdges: Edge[] = topology.edges.map((e) => ({ ...e, type: 'smoothstep' }));
    return { nodes: flowNodes, edges: flowEdges };
  }, [topology, t]);

  return (
    <Box
      h={600}
      mb="md"
      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
      aria-label={t('topology.graphLabel')}
      role="figure"
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        fitView
        nodesConnectable={false}
        nodesDraggable={false}
        minZoom={0.2}
        onNodeClick={(_event, node: ResourceFlowNode) => {
          const to = nodeLink(topology.regionId, node.data.resource.opens);
          if (to) void navigate(to);
        }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </Box>
  );
}
