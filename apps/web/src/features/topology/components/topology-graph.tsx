import '@xyflow/react/dist/style.css';
import type { Topology } from '@gc/contracts';
import { Background, Controls, MiniMap, ReactFlow, type Edge } from '@xyflow/react';
import { Box, useComputedColorScheme } from '@mantine/core';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { nodeLink } from '../utils/node-link';
import { canvasHeight, readableViewport } from '../utils/readable-viewport';
import { layoutTopology, NODE_SIZE } from '../utils/topology-layout';
import { ResourceNode, type ResourceFlowNode } from './resource-node';

const nodeTypes = { resource: ResourceNode };

/**
 * The VPC's picture, laid out by dagre and drawn by React Flow; a click opens the resource. It
 * opens at a zoom where text is readable, with a minimap and zoom/fit controls for the rest.
 */
export function TopologyGraph({ topology }: { topology: Topology }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const box = useRef<HTMLDivElement>(null);
  const scheme = useComputedColorScheme('light', { getInitialValueInEffect: false });
  const { nodes, edges, placed } = useMemo(() => {
    const placed = layoutTopology(topology);
    const at = new Map(placed.map((p) => [p.id, p]));
    const flowNodes: ResourceFlowNode[] = topology.nodes.map((n) => ({
      id: n.id,
      type: 'resource',
      position: { x: at.get(n.id)?.x ?? 0, y: at.get(n.id)?.y ?? 0 },
      // The minimap draws only nodes whose size it knows, and a controlled flow never writes the
      // measured size back into these objects: the layout's size stands in (the DOM is not sized).
      initialWidth: NODE_SIZE.width,
      initialHeight: NODE_SIZE.height,
      data: { resource: n },
      draggable: false,
      connectable: false,
      ariaLabel: `${t(`topology.kind.${n.kind}`)} ${n.label}`,
    }));
    const flowEdges: Edge[] = topology.edges.map((e) => ({ ...e, type: 'smoothstep' }));
    return { nodes: flowNodes, edges: flowEdges, placed };
  }, [topology, t]);
  const height = canvasHeight(placed);

  return (
    <Box
      ref={box}
      h={height}
      mb="md"
      style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}
      aria-label={t('topology.graphLabel')}
      role="figure"
      data-testid="topology-canvas"
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        colorMode={scheme}
        onInit={(flow) => {
          const width = box.current?.clientWidth ?? 1000;
          void flow.setViewport(readableViewport(placed, { width, height }));
        }}
        nodesConnectable={false}
        nodesDraggable={false}
        minZoom={0.2}
        // React Flow's authors ask that the credit stay visible unless one sponsors them: it
        // stays, in the corner nothing else uses.
        attributionPosition="top-right"
        onNodeClick={(_event, node: ResourceFlowNode) => {
          const to = nodeLink(topology.regionId, node.data.resource.opens);
          if (to) void navigate(to);
        }}
      >
        <Background />
        <Controls showInteractive={false} position="bottom-left" />
        <MiniMap
          position="bottom-right"
          pannable
          zoomable
          ariaLabel={t('polishLook.topology.minimap')}
          nodeStrokeWidth={3}
        />
      </ReactFlow>
    </Box>
  );
}
