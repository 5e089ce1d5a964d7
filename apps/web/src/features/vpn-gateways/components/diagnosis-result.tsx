import type { DiagnoseCheck, DiagnoseLevel, Diagnosis } from '@gc/contracts';
import { Group, Loader, Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { StatusBadge, type StatusTone } from '../../../components/ui/status-badge';

const TONE: Record<DiagnoseLevel, StatusTone> = {
  normal: 'ok',
  warning: 'warning',
  error: 'danger',
};
const KNOWN = [
  'RouteEntryConflict',
  'VpnRouteQuota',
  'VpnIPsecQuota',
  'VpnPbrRouteQuota',
  'VcoConfigConsistency',
  'VcoUserInternetIpConnectivity',
  'VcoPrivateConnectivity',
] as const;
type CheckKey = (typeof KNOWN)[number] | 'unknown';
const keyOf = (name: string): CheckKey =>
  (KNOWN as readonly string[]).includes(name) ? (name as CheckKey) : 'unknown';

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** The facts of a check's details worth a line: quota use, round trip, what is lacking or wrong. */
function detailText({ details: d }: DiagnoseCheck): string {
  if (typeof d.quantity === 'number') return `${String(d.used)} / ${d.quantity}`;
  if (typeof d.rtt === 'number') {
    const path = `${String(d.srcIp ?? '')} → ${String(d.targetIp ?? '')}`;
    return d.rtt < 0 ? `${path}: ${String(d.lossRate)}% loss` : `${path}: ${d.rtt} ms`;
  }
  const problems = [
    ...strings(d.vcoLackConf),
    ...strings(d.vcoDiffConf),
    ...strings(d.conflictWithVpc),
    ...strings(d.conflictWithConnections),
  ];
  return problems.join('; ') || '—';
}

function checkTexts(t: TFunction, check: DiagnoseCheck): { name: string; suggestion: string } {
  const key = keyOf(check.name);
  return {
    name: t(`vpnDiagnostics.checks.${key}.name`, { name: check.name }),
    suggestion: t(`vpnDiagnostics.checks.${key}.${check.level}`),
  };
}

/** A diagnosis: progress while it runs, then one row per check with its level and a suggestion. */
export function DiagnosisResult({
  diagnosis,
  connectionName,
}: {
  diagnosis: Diagnosis;
  connectionName: string;
}) {
  const { t } = useTranslation();
  if (!diagnosis.finished) {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" />
        <Text fz="sm">
          {t('vpnDiagnostics.diagnose.running', {
            connection: connectionName,
            done: diagnosis.finishedCount,
            total: diagnosis.totalCount,
          })}
        </Text>
      </Group>
    );
  }
  const title = t('vpnDiagnostics.diagnose.resultsLabel');
  return (
    <Stack gap="xs">
      <Text fz="sm" c="dimmed">
        {t('vpnDiagnostics.diagnose.finished', {
          id: diagnosis.diagnoseId,
          connection: connectionName,
          time: diagnosis.finishTime ?? '',
        })}
      </Text>
      <Table aria-label={title} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('vpnDiagnostics.diagnose.check')}</Table.Th>
            <Table.Th>{t('vpnDiagnostics.diagnose.level')}</Table.Th>
            <Table.Th>{t('vpnDiagnostics.diagnose.details')}</Table.Th>
            <Table.Th>{t('vpnDiagnostics.diagnose.suggestion')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {diagnosis.checks.map((check) => {
            const texts = checkTexts(t, check);
            return (
              <Table.Tr key={check.name}>
                <Table.Td>{texts.name}</Table.Td>
                <Table.Td>
                  <StatusBadge
                    label={t(`vpnDiagnostics.levels.${check.level}`)}
                    tone={TONE[check.level]}
                  />
                </Table.Td>
                <Table.Td>
                  <Text fz="sm">{detailText(check)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text fz="sm">{texts.suggestion}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
