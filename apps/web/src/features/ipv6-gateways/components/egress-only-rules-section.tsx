import type { Ipv6EgressRule, Ipv6Gateway } from '@gc/contracts';
import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorState } from '../../../components/ui/error-state';
import { notifyError, notifySuccess } from '../../../components/ui/notify-error';
import { Section } from '../../../components/ui/section';
import { Mono, statusColumn } from '../../../components/ui/list-page/columns';
import { DataTable, type Column } from '../../../components/ui/list-page/data-table';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { useCanMutate } from '../../../lib/auth';
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
  const canMutate = useCanMutate();
  const columns: Column<Ipv6EgressRule>[] = [
    {
      id: 'name',
      header: t('egressRules.name'),
      cell: (r) => (
        <>
          <Text fz="sm">{label(r)}</Text>
          <Text fz="xs" c="dimmed" ff="monospace">
            {r.id}
          </Text>
        </>
      ),
    },
    { id: 'address', header: t('egressRules.address'), cell: (r) => <Mono>{r.instanceId}</Mono> },
    statusColumn(t('egressRules.status'), IPV6_STATUS),
  ];
  if (canMutate) {
    columns.push({
      id: 'actions',
      header: t('common.actions'),
      cell: (r) => (
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
      ),
    });
  }

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
        <DataTable
          label={t('egressRules.title')}
          items={rules}
          columns={columns}
          rowKey={(r) => r.id}
          minWidth={560}
        />
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
