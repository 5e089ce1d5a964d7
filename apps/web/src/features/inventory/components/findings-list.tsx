import { CHECK_CATALOGUE, type CheckSeverity, type Inventory } from '@gc/contracts';
import { Anchor, Badge, Group, Paper, SegmentedControl, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OperatorOnly } from '../../../lib/operator-only';
import { checkTextKey, evidenceText, findingRows, type FindingRow } from '../utils/check-texts';
import { SEVERITY_COLOR } from './check-summary';
import { FixButton } from './fix-button';

type Filter = CheckSeverity | 'all';

/** Every finding with its evidence, fix, documentation and rule mapping; filtered by severity. */
export function FindingsList({ inventory }: { inventory: Inventory }) {
  const { t } = useTranslation();
  const [severity, setSeverity] = useState<Filter>('all');
  const rows = findingRows(inventory).filter((r) => severity === 'all' || r.severity === severity);
  return (
    <Paper withBorder p="sm" mb="md">
      <Group justify="space-between" mb="xs">
        <Text component="h2" fw={600} fz="md">
          {t('checks.findingsTitle')}
        </Text>
        <SegmentedControl
          aria-label={t('checks.severityFilter')}
          value={severity}
          onChange={(v) => setSeverity(v as Filter)}
          data={(['all', 'high', 'medium', 'low'] as const).map((v) => ({
            value: v,
            label: v === 'all' ? t('checks.all') : t(`inventory.severity.${v}`),
          }))}
        />
      </Group>
      {rows.length === 0 ? (
        <Text fz="sm" role="status">
          {t('checks.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900} mah={480}>
          <Table aria-label={t('checks.findingsLabel')} fz="sm" stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('inventory.checks.severity')}</Table.Th>
                <Table.Th>{t('inventory.checks.check')}</Table.Th>
                <Table.Th>{t('checks.resource')}</Table.Th>
                <Table.Th>{t('checks.evidence')}</Table.Th>
                <Table.Th>{t('checks.fix')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <FindingTableRow key={row.key} row={row} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function FindingTableRow({ row }: { row: FindingRow }) {
  const { t } = useTranslation();
  const entry = CHECK_CATALOGUE[row.checkId];
  return (
    <Table.Tr data-finding={`${row.checkId}:${row.resourceId}`}>
      <Table.Td>
        <Badge color={SEVERITY_COLOR[row.severity]} variant="light" c="var(--mantine-color-text)">
          {t(`inventory.severity.${row.severity}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text fz="sm" fw={500}>
          {t(checkTextKey(row.checkId, 'title'))}
        </Text>
        <Text fz="xs" c="dimmed">
          {row.checkId}
          {entry.infraGuard ? ` · ${t('checks.mapsTo')} ${entry.infraGuard}` : ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text fz="sm">{row.resourceName || row.resourceId}</Text>
        <Text fz="xs" c="dimmed">
          {t(`checks.resourceType.${row.resourceType}`)} · {row.resourceId} · {row.regionId}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text fz="xs" style={{ wordBreak: 'break-word' }}>
          {evidenceText(row.params, t)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text fz="xs">{t(checkTextKey(row.checkId, 'fix'))}</Text>
        <Group gap="xs" mt={4}>
          <Anchor href={entry.docUrl} target="_blank" rel="noreferrer" fz="xs">
            {t('checks.docs')}
          </Anchor>
          {entry.fixAction ? (
            <OperatorOnly>
              <FixButton row={row} action={entry.fixAction} />
            </OperatorOnly>
          ) : null}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
