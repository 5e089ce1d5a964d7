import type { Ipv6Address, Ipv6Gateway } from '@gc/contracts';
import { Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorState } from '../../../components/ui/error-state';
import { notifyError, notifySuccess } from '../../../components/ui/notify-error';
import { Section } from '../../../components/ui/section';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { formatBandwidth, formatChargeType } from '../../../lib/format';
import { useVSwitches } from '../../../lib/lookups/vpcs';
import { OperatorOnly } from '../../../lib/operator-only';
import { useBandwidthChange, useIpv6Addresses } from '../api/ipv6-addresses';
import { BandwidthModal } from './bandwidth-modal';
import { IdCell } from '../../../components/ui/id-cell';

/** Bandwidth as text: `10 Mbit/s · Pay by bandwidth`, or none. */
function BandwidthText({ address }: { address: Ipv6Address }) {
  const { t } = useTranslation();
  const bw = address.internetBandwidth;
  if (!bw) return <Text fz="sm">{t('ipv6.addresses.noBandwidth')}</Text>;
  return (
    <Stack gap={0}>
      <Text fz="sm">{formatBandwidth(bw.bandwidth, t)}</Text>
      <Text fz="xs" c="dimmed">
        {formatChargeType(bw.internetChargeType, t)}
      </Text>
    </Stack>
  );
}

function ReleaseDialog({ address, onClose }: { address: Ipv6Address; onClose: () => void }) {
  const { t } = useTranslation();
  const send = useBandwidthChange(address.regionId, address.id);
  return (
    <ConfirmDialog
      opened
      title={t('ipv6.bandwidth.releaseTitle')}
      message={t('ipv6.bandwidth.releaseConfirm', { address: address.address })}
      confirmLabel={t('ipv6.bandwidth.release')}
      loading={send.isPending}
      onClose={onClose}
      onConfirm={() =>
        send.mutate(
          { kind: 'release' },
          {
            onSuccess: () => {
              notifySuccess(t('ipv6.bandwidth.releaseDone', { address: address.address }));
              onClose();
            },
            onError: (error) => notifyError(error, t),
          },
        )
      }
    />
  );
}

/** The IPv6 addresses of the gateway's VPC with instance, vSwitch and internet bandwidth. */
export function Ipv6AddressesSection({ gateway }: { gateway: Ipv6Gateway }) {
  const { t } = useTranslation();
  const [vSwitchId, setVSwitchId] = useState('');
  const vSwitches = useVSwitches(gateway.regionId, gateway.vpcId);
  const query = useIpv6Addresses(gateway.regionId, {
    vpcId: gateway.vpcId,
    vSwitchId: vSwitchId || undefined,
  });
  const [dialog, setDialog] = useState<{ kind: 'edit' | 'release'; address: Ipv6Address } | null>(
    null,
  );
  const usable = gateway.status === 'Available';

  return (
    <Section
      title={t('ipv6.addresses.title')}
      actions={
        <NativeSelect
          aria-label={t('ipv6.addresses.vSwitchFilter')}
          size="xs"
          value={vSwitchId}
          data={[
            { value: '', label: t('ipv6.addresses.allVSwitches') },
            ...(vSwitches.data?.items ?? []).map((v) => ({
              value: v.id,
              label: `${v.name || v.id} (${v.id})`,
            })),
          ]}
          onChange={(event) => setVSwitchId(event.currentTarget.value)}
        />
      }
    >
      {query.isPending ? (
        <TableSkeleton />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Text fz="sm" role="status">
          {t('ipv6.addresses.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table aria-label={t('ipv6.addresses.title')} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ipv6.addresses.address')}</Table.Th>
                <Table.Th>{t('ipv6.addresses.instance')}</Table.Th>
                <Table.Th>{t('ipv6.addresses.vSwitch')}</Table.Th>
                <Table.Th>{t('ipv6.addresses.bandwidth')}</Table.Th>
                <OperatorOnly>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </OperatorOnly>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((a) => (
                <Table.Tr key={a.id} data-row-id={a.id}>
                  <Table.Td>
                    <Text fz="sm" ff="monospace">
                      {a.address}
                    </Text>
                    <IdCell id={a.id} dimmed />
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm" ff="monospace">
                      {a.instanceId || t('common.none')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm" ff="monospace">
                      {a.vSwitchId}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <BandwidthText address={a} />
                  </Table.Td>
                  <OperatorOnly>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          disabled={!usable}
                          aria-label={t(
                            a.internetBandwidth
                              ? 'ipv6.bandwidth.changeFor'
                              : 'ipv6.bandwidth.allocateFor',
                            { address: a.address },
                          )}
                          onClick={() => setDialog({ kind: 'edit', address: a })}
                        >
                          {t(
                            a.internetBandwidth
                              ? 'ipv6.bandwidth.change'
                              : 'ipv6.bandwidth.allocate',
                          )}
                        </Button>
                        {a.internetBandwidth && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            aria-label={t('ipv6.bandwidth.releaseFor', { address: a.address })}
                            onClick={() => setDialog({ kind: 'release', address: a })}
                          >
                            {t('ipv6.bandwidth.release')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </OperatorOnly>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dialog?.kind === 'edit' && (
        <BandwidthModal address={dialog.address} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'release' && (
        <ReleaseDialog address={dialog.address} onClose={() => setDialog(null)} />
      )}
    </Section>
  );
}
