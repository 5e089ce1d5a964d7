import type { InventoryCounts } from '@gc/contracts';
import { Box, Group, Paper, Progress, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRegionName } from '../../../lib/lookups/regions';

const COLORS = ['blue', 'teal', 'grape', 'orange', 'cyan', 'pink', 'lime', 'indigo'];

interface BarsProps {
  caption: string;
  counts: Record<string, number>;
  label: (key: string) => string;
}

/**
 * One dimension as a bar chart: Mantine's Progress draws the bars (no chart library in the
 * bundle); the bars are decorative and each row says its label and count in text.
 */
function Bars({ caption, counts, label }: BarsProps) {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const max = Math.max(1, ...entries.map(([, n]) => n));
  return (
    <Paper withBorder p="sm" component="figure" m={0}>
      <Text component="figcaption" fw={600} fz="sm" mb="xs">
        {caption}
      </Text>
      <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {entries.map(([key, n], i) => (
          <Group component="li" key={key} gap="xs" wrap="nowrap" mb={4}>
            <Text fz="xs" w={110} truncate="end" title={label(key)}>
              {label(key)}
            </Text>
            <Progress
              aria-hidden="true"
              value={(n / max) * 100}
              color={COLORS[i % COLORS.length]}
              size="lg"
              style={{ flex: 1 }}
            />
            <Text fz="xs" w={28} ta="right" fw={600}>
              {n}
            </Text>
          </Group>
        ))}
      </Box>
    </Paper>
  );
}

/** Counts of the listed gateways per region, type and status. */
export function InventoryChart({ counts }: { counts: InventoryCounts }) {
  const { t } = useTranslation();
  const regionName = useRegionName();
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} mb="md" aria-label={t('inventory.chart.label')}>
      <Bars caption={t('inventory.chart.byRegion')} counts={counts.byRegion} label={regionName} />
      <Bars
        caption={t('inventory.chart.byType')}
        counts={counts.byType}
        label={(k) => t(`inventory.type.${k}`, { defaultValue: k })}
      />
      <Bars
        caption={t('inventory.chart.byStatus')}
        counts={counts.byStatus}
        label={(k) => t(`inventory.status.${k}`, { defaultValue: k })}
      />
    </SimpleGrid>
  );
}
