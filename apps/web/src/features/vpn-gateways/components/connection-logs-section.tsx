import type { VpnConnection } from '@gc/contracts';
import { Button, Code, Group, NativeSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state';
import { Section } from '../../../components/ui/section';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import {
  connectionLogsQueryOptions,
  LOG_RANGES,
  useVpnConnection,
  type LogRange,
} from '../api/vpn-diagnostics';

// Dual-tunnel connections gain `tunnels` in the connections slice; until then the list is empty.
type WithTunnels = VpnConnection & { tunnels?: { id: string; role: string }[] };

/**
 * The negotiation log lines of one IPsec connection: last 15 min / hour / day, one tunnel or all,
 * refreshed on demand (the lines are the API's raw text, shown monospace).
 */
export function ConnectionLogsSection({
  regionId,
  vpnConnectionId,
}: {
  regionId: string;
  vpnConnectionId: string;
}) {
  const { t } = useTranslation();
  const [range, setRange] = useState<LogRange>('last1h');
  const [tunnelId, setTunnelId] = useState('');
  const connection = useVpnConnection(regionId, vpnConnectionId);
  const logs = useQuery(connectionLogsQueryOptions(regionId, vpnConnectionId, range, tunnelId));
  const tunnels = (connection.data as WithTunnels | undefined)?.tunnels ?? [];
  const roleLabel = (role: string) =>
    role === 'master' || role === 'slave' ? t(`vpnDiagnostics.logs.roles.${role}`) : role;
  const title = t('vpnDiagnostics.logs.title');
  return (
    <Section
      title={title}
      actions={
        <Button
          size="xs"
          variant="default"
          loading={logs.isFetching}
          onClick={() => void logs.refetch()}
        >
          {t('vpnDiagnostics.logs.refresh')}
        </Button>
      }
    >
      <Stack gap="sm">
        <Group gap="sm" align="end" wrap="wrap">
          <Stack gap={4}>
            <Text fz="sm" fw={500} id="vpn-log-range">
              {t('vpnDiagnostics.logs.range')}
            </Text>
            <SegmentedControl
              size="xs"
              aria-labelledby="vpn-log-range"
              value={range}
              onChange={(v) => setRange(v as LogRange)}
              data={(Object.keys(LOG_RANGES) as LogRange[]).map((r) => ({
                value: r,
                label: t(`vpnDiagnostics.logs.${r}`),
              }))}
            />
          </Stack>
          {tunnels.length > 0 && (
            <NativeSelect
              size="xs"
              label={t('vpnDiagnostics.logs.tunnel')}
              value={tunnelId}
              onChange={(e) => setTunnelId(e.currentTarget.value)}
              data={[
                { value: '', label: t('vpnDiagnostics.logs.allTunnels') },
                ...tunnels.map((tu) => ({
                  value: tu.id,
                  label: t('vpnDiagnostics.logs.tunnelOption', {
                    role: roleLabel(tu.role),
                    id: tu.id,
                  }),
                })),
              ]}
            />
          )}
        </Group>
        {logs.isPending ? (
          <TableSkeleton rows={3} />
        ) : logs.error ? (
          <ErrorState error={logs.error} onRetry={() => void logs.refetch()} />
        ) : logs.data.lines.length === 0 ? (
          <Text fz="sm">{t('vpnDiagnostics.logs.empty')}</Text>
        ) : (
          <>
            {!logs.data.complete && (
              <Text fz="sm" c="dimmed">
                {t('vpnDiagnostics.logs.incomplete')}
              </Text>
            )}
            <Code
              block
              role="log"
              aria-label={t('vpnDiagnostics.logs.label')}
              mah={420}
              style={{ overflow: 'auto' }}
              // Once the logs outgrow the box it scrolls: keyboard users must be able to reach it.
              tabIndex={0}
            >
              {logs.data.lines.join('\n')}
            </Code>
          </>
        )}
      </Stack>
    </Section>
  );
}
