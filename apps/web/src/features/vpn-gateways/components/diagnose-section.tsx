import type { VpnConnection, VpnGateway } from '@gc/contracts';
import { Button, Checkbox, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state';
import { notifyError, notifySuccess } from '../../../components/ui/notify-error';
import { Section } from '../../../components/ui/section';
import { toApiError } from '../../../lib/api-error';
import { useCanMutate } from '../../../lib/auth';
import { useDiagnosis, useStartDiagnosis } from '../api/vpn-diagnostics';
import { DiagnosisResult } from './diagnosis-result';

/**
 * One-click diagnosis of one of the gateway's IPsec connections. Operators pick a connection and
 * start it (the BFF audits that); everybody sees the report of the latest one, which is how an
 * auditor reads results without being able to start a diagnosis.
 */
export function DiagnoseSection({
  gateway,
  connections,
}: {
  gateway: VpnGateway;
  connections: VpnConnection[];
}) {
  const { t } = useTranslation();
  const canMutate = useCanMutate();
  const [picked, setPicked] = useState<string | null>(null);
  const [diagnoseId, setDiagnoseId] = useState('latest');
  const [withPair, setWithPair] = useState(false);
  const [src, setSrc] = useState('');
  const [dst, setDst] = useState('');
  const start = useStartDiagnosis(gateway.regionId, gateway.id);
  const report = useDiagnosis(gateway.regionId, gateway.id, diagnoseId);
  const connectionId = picked ?? connections[0]?.id ?? '';
  const nameOf = (id: string) => {
    const c = connections.find((x) => x.id === id);
    return c ? `${c.name || c.id} (${c.id})` : id;
  };
  const run = () =>
    start.mutate(
      {
        vpnConnectionId: connectionId,
        ...(withPair ? { privateSourceIp: src, privateDestinationIp: dst } : {}),
      },
      {
        onSuccess: (r) => {
          setDiagnoseId(r.diagnoseId);
          notifySuccess(t('vpnDiagnostics.diagnose.started'));
        },
        onError: (error) => notifyError(toApiError(error), t),
      },
    );
  return (
    <Section title={t('vpnDiagnostics.diagnose.title')}>
      <Stack gap="sm">
        {canMutate ? (
          connections.length === 0 ? (
            <Text fz="sm">{t('vpnDiagnostics.diagnose.noConnections')}</Text>
          ) : (
            <Stack gap="xs">
              <Group align="end" gap="sm" wrap="wrap">
                <NativeSelect
                  label={t('vpnDiagnostics.diagnose.connection')}
                  data={connections.map((c) => ({ value: c.id, label: nameOf(c.id) }))}
                  value={connectionId}
                  onChange={(e) => setPicked(e.currentTarget.value)}
                  size="xs"
                />
                <Button
                  size="xs"
                  loading={start.isPending}
                  disabled={gateway.status !== 'active' && gateway.status !== 'updating'}
                  aria-label={t('vpnDiagnostics.diagnose.startOne', { name: nameOf(connectionId) })}
                  onClick={run}
                >
                  {t('vpnDiagnostics.diagnose.start')}
                </Button>
              </Group>
              <Checkbox
                size="xs"
                label={t('vpnDiagnostics.diagnose.privatePair')}
                checked={withPair}
                onChange={(e) => setWithPair(e.currentTarget.checked)}
              />
              {withPair && (
                <Group gap="sm">
                  <TextInput
                    size="xs"
                    label={t('vpnDiagnostics.diagnose.privateSourceIp')}
                    value={src}
                    onChange={(e) => setSrc(e.currentTarget.value)}
                  />
                  <TextInput
                    size="xs"
                    label={t('vpnDiagnostics.diagnose.privateDestinationIp')}
                    value={dst}
                    onChange={(e) => setDst(e.currentTarget.value)}
                  />
                </Group>
              )}
            </Stack>
          )
        ) : (
          <Text fz="sm" c="dimmed">
            {t('vpnDiagnostics.diagnose.auditorHint')}
          </Text>
        )}
        {report.error ? (
          <ErrorState error={report.error} onRetry={() => void report.refetch()} />
        ) : report.data ? (
          <DiagnosisResult
            diagnosis={report.data}
            connectionName={nameOf(report.data.vpnConnectionId)}
          />
        ) : report.data === null ? (
          <Text fz="sm">{t('vpnDiagnostics.diagnose.none')}</Text>
        ) : null}
      </Stack>
    </Section>
  );
}
