import type { TopologyNode } from '@gc/contracts';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NODE_SIZE } from '../utils/topology-layout';

/** React Flow node carrying one topology node. */
export type ResourceFlowNode = Node<{ resource: TopologyNode }, 'resource'>;

const KIND_COLOR: Record<TopologyNode['kind'], string> = {
  vpc: 'blue',
  vswitch: 'cyan',
  nat: 'teal',
  eip: 'green',
  snat: 'lime',
  dnat: 'lime',
  vpn: 'grape',
  ipsec: 'violet',
  'customer-gateway': 'indigo',
  ipv6: 'orange',
  'ipv6-address': 'yellow',
};

/** A resource box: its kind, name, detail and status; clickable when it opens a page. */
export function ResourceNode({ data }: NodeProps<ResourceFlowNode>) {
  const { t } = useTranslation();
  const r = data.resource;
  const color = KIND_COLOR[r.kind];
  const status = r.status ? t(`topology.status.${r.status}`, { defaultValue: r.status }) : '';
  return (
    <Box
      w={NODE_SIZE.width}
      h={NODE_SIZE.height}
      px={8}
      py={4}
      data-kind={r.kind}
      title={r.label}
      style={{
        border: `1px solid var(--mantine-color-${color}-5)`,
        borderLeft: `6px solid var(--mantine-color-${color}-6)`,
        borderRadius: 6,
        background: 'var(--mantine-color-body)',
        cursor: r.opens ? 'pointer' : 'default',
      }}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <Text fz={12} c="dimmed" lh={1.3}>
        {t(`topology.kind.${r.kind}`)}
      </Text>
      <Text fz="sm" fw={600} lh={1.3} truncate="end">
        {r.label}
      </Text>
      <Text fz={12} lh={1.3} truncate="end">
        {[r.detail, status].filter(Boolean).join(' · ')}
      </Text>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </Box>
  );
}
