import { Alert, Code, SegmentedControl, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state';
import { Section } from '../../../components/ui/section';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { useSslVpnClients, useSslVpnLogs } from './ssl-vpn-api';

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** The clients online on the server, where the gateway can list them (`VisuallySsl`, §3.10). */
export function SslClientsSection({ regionId, serverId }: { regionId: string; serverId: string }) {
  const { t } = useTranslation();
  const query = useSslVpnClients(regionId, serverId);
  const title = t('sslVpn.clients.title');
  if (query.isPending)
    return (
      <Section title={title}>
        <TableSkeleton rows={3} />
      </Section>
    );
  if (query.isError)
    return (
      <Section title={title}>
        <ErrorState error={query.error} title={title} onRetry={() => void query.refetch()} />
      </Section>
    );
  const { supported, items } = query.data;
  return (
    <Section title={title}>
      {!supported ? (
        <Alert color="gray">{t('sslVpn.clients.unsupported')}</Alert>
      ) : items.length === 0 ? (
        <Text c="dimmed">{t('sslVpn.clients.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sslVpn.clients.commonName')}</Table.Th>
                <Table.Th>{t('sslVpn.clients.ip')}</Table.Th>
                <Table.Th>{t('sslVpn.clients.privateIp')}</Table.Th>
                <Table.Th>{t('sslVpn.clients.connectedTime')}</Table.Th>
                <Table.Th>{t('sslVpn.clients.traffic')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={`${c.privateIp}-${c.port}`}>
                  <Table.Td ff="monospace">{c.commonName}</Table.Td>
                  <Table.Td ff="monospace">{`${c.ip}:${c.port}`}</Table.Td>
                  <Table.Td ff="monospace">{c.privateIp}</Table.Td>
                  <Table.Td>{c.connectedTime.replace('T', ' ').slice(0, 19)}</Table.Td>
                  <Table.Td>{`${mb(c.receiveBytes)} / ${mb(c.sendBytes)}`}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}

/** The server's log lines over the last hour or day (DescribeVpnSslServerLogs, §3.11). */
export function SslLogsSection({ regionId, serverId }: { regionId: string; serverId: string }) {
  const { t } = useTranslation();
  const [hours, setHours] = useState('1');
  const query = useSslVpnLogs(regionId, serverId, Number(hours));
  const title = t('sslVpn.logs.title');
  return (
    <Section
      title={title}
      actions={
        <SegmentedControl
          size="xs"
          aria-label={t('sslVpn.logs.window')}
          value={hours}
          onChange={setHours}
          data={[
            { value: '1', label: t('sslVpn.logs.hour') },
            { value: '24', label: t('sslVpn.logs.day') },
          ]}
        />
      }
    >
      {query.isPending ? (
        <TableSkeleton rows={3} />
      ) : query.isError ? (
        <ErrorState error={query.error} title={title} onRetry={() => void query.refetch()} />
      ) : query.data.lines.length === 0 ? (
        <Text c="dimmed">{t('sslVpn.logs.empty')}</Text>
      ) : (
        <>
          {!query.data.complete && <Text fz="sm">{t('sslVpn.logs.incomplete')}</Text>}
          <Code block aria-label={title}>
            {query.data.lines.join('\n')}
          </Code>
        </>
      )}
    </Section>
  );
}
