import type { Topology } from '@gc/contracts';
import { Anchor, List, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { nodeLink } from '../utils/node-link';

/** The same resources as a list of links: the keyboard and screen-reader way through the picture. */
export function TopologyResourceList({ topology }: { topology: Topology }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm">
      <Text component="h2" fw={600} fz="md" mb="xs">
        {t('topology.resources')}
      </Text>
      <List size="sm" spacing={2}>
        {topology.nodes.map((n) => {
          const to = nodeLink(topology.regionId, n.opens);
          const text = `${t(`topology.kind.${n.kind}`)}: ${n.label}`;
          return (
            <List.Item key={n.id}>
              {to ? (
                <Anchor component={Link} to={to} fz="sm">
                  {text}
                </Anchor>
              ) : (
                text
              )}
              {n.detail && ` — ${n.detail}`}
            </List.Item>
          );
        })}
      </List>
    </Paper>
  );
}
