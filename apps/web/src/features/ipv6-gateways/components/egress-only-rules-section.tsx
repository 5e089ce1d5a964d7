import type { Ipv6EgressRule, Ipv6Gateway } from '@gc/contracts';
import { Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorState } from '../../../components/ui/error-state';
import { notifyError, notifySuccess } from '../../../components/ui/notify-error';
import { Section } from '../../../components/ui/section';
import { ResourceStatusBadge } from '../../../components/ui/status-badge';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { OperatorOnly } from '../../../lib/operator-only';
import { useEgressRuleMutations, useEgressRules } from '../api/egress-only-rules';
import { IPV6_STATUS } from '../utils/ipv6-status';
import { CreateEgressRuleModal } from './create-egress-rule-modal';

/** The gateway's egress-only rules: list with status; operators create and delete. */
export function EgressOnlyRulesSection({ gateway }: { gateway: Ipv6Gateway }) {
  const { t } = useTranslation();
  const query = useEgressRules(gateway.regionId, gateway.id);
  const { remove } = useEgressRuleMutations(gateway.regionId, gateway.id);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Ipv6EgressRule | null>(null);
  const rules = query.data?.items ?? [];
  const label = (r: Ipv6EgressRule) => r.name || r.id;

  return (
    <Section
      title={t('egressRules.title')}
      actions={
        <OperatorOnly>
          <Button
            size="xs"
            disabled={gateway.status !== 'Available'}
            onClick={() => setCreating(true)}
          >
            {t('egressRules.create')}
          </Button>
        </OperatorOnly>
      }
    >
      {query.isPending ? (
        <TableSkeleton />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : rules.length === 0 ? (
        <Text fz="sm" role="status">
          {t('egressRules.empty')}
        </Text>
      ) : (
        <Table aria-label={t('egressRules.title')} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('egressRules.name')}</Table.Th>
              <Table.Th>{t('egressRules.address')}</Table.Th>
              <Table.Th>{t('egressRules.status')}</Table.Th>
              <OperatorOnly>
                <Table.Th>{t('common.actions')}</Table.Th>
              </OperatorOnly>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rules.map((r) => (
              <Table.Tr key={r.id} data-row-id={r.id}>
                <Table.Td>
                  <Text fz="sm">{label(r)}</Text>
                  <Text fz="xs" c="dimmed" ff="monospace">
                    {r.id}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text fz="sm" ff="monospace">
                    {r.instanceId}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ResourceStatusBadge table={IPV6_STATUS} status={r.status} />
                </Table.Td>
                <OperatorOnly>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      disabled={r.status !== 'Available'}
                      aria-label={t('egressRules.deleteFor', { name: label(r) })}
                      onClick={() => setDeleting(r)}
                    >
                      {t('common.delete')}
                    </Button>
                  </Table.Td>
                </OperatorOnly>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {creating && (
        <CreateEgressRuleModal
          gateway={gateway}
          takenIds={rules.map((r) => r.instanceId)}
          onClose={() => setCreating(false)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          opened
          title={t('egressRules.deleteTitle')}
          message={t('egressRules.deleteConfirm', { name: label(deleting) })}
          confirmLabel={t('common.delete')}
          loading={remove.isPending}
          onClose={() => setDeleting(null)}
          onConfirm={() =>
            remove.mutate(deleting.id, {
              onSuccess: () => {
                notifySuccess(t('egressRules.deleted', { name: label(deleting) }));
                setDeleting(null);
              },
              onError: (error) => notifyError(error, t),
            })
          }
        />
      )}
    </Section>
  );
}
