import type { CheckSeverity, CheckSummary as Summary } from '@gc/contracts';
import { Badge, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { checkTextKey } from '../utils/check-texts';

/** Badge colour per severity (text stays dark on light, AA contrast). */
export const SEVERITY_COLOR: Record<CheckSeverity, string> = {
  high: 'red',
  medium: 'orange',
  low: 'gray',
};

/** How many listed gateways each check fired on, with its explanation and fix. */
export function CheckSummary({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const fired = summary.filter((s) => s.count > 0);
  return (
    <Paper withBorder p="sm" mb="md">
      <Text component="h2" fw={600} fz="md" mb="xs">
        {t('inventory.checks.title')}
      </Text>
      {fired.length === 0 ? (
        <Text fz="sm" role="status">
          {t('inventory.checks.none')}
        </Text>
      ) : (
        <Table aria-label={t('inventory.checks.title')} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('inventory.checks.check')}</Table.Th>
              <Table.Th>{t('inventory.checks.severity')}</Table.Th>
              <Table.Th>{t('inventory.checks.gateways')}</Table.Th>
              <Table.Th>{t('inventory.checks.fix')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fired.map((s) => (
              <Table.Tr key={s.checkId} data-check={s.checkId}>
                <Table.Td>
                  <Text fz="sm" fw={500}>
                    {t(checkTextKey(s.checkId, 'title'))}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {t(checkTextKey(s.checkId, 'explanation'))}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge
                    color={SEVERITY_COLOR[s.severity]}
                    variant="light"
                    c="var(--mantine-color-text)"
                    // The severity is one short word: the cell grows rather than cut it ("MEDI…").
                    styles={{ root: { maxWidth: 'none' }, label: { overflow: 'visible' } }}
                  >
                    {t(`inventory.severity.${s.severity}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{s.count}</Table.Td>
                <Table.Td>
                  <Text fz="xs">{t(checkTextKey(s.checkId, 'fix'))}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
