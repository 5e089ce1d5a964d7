import type { Ipv6EgressRule, Ipv6Gateway } from '@gc/contracts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChildListSection } from '../../../components/ui/child-list-section';
import { Mono, statusColumn } from '../../../components/ui/list-page/columns';
import { notifyError, notifySuccess } from '../../../components/ui/notify-error';
import { useEgressRuleMutations, useEgressRules } from '../api/egress-only-rules';
import { IPV6_STATUS } from '../utils/ipv6-status';
import { CreateEgressRuleModal } from './create-egress-rule-modal';
import { IdCell } from '../../../components/ui/id-cell';

/** The gateway's egress-only rules: list with status; operators create and delete. */
export function EgressOnlyRulesSection({ gateway }: { gateway: Ipv6Gateway }) {
  const { t } = useTranslation();
  const query = useEgressRules(gateway.regionId, gateway.id);
  const { remove } = useEgressRuleMutations(gateway.regionId, gateway.id);
  const label = (r: Ipv6EgressRule) => r.name || r.id;

  return (
    <ChildListSection
      title={t('egressRules.title')}
      query={query}
      empty={t('egressRules.empty')}
      minWidth={560}
      columns={[
        {
          id: 'name',
          header: t('egressRules.name'),
          cell: (r) => (
            <>
              <Text fz="sm">{label(r)}</Text>
              <IdCell id={r.id} dimmed />
            </>
          ),
        },
        {
          id: 'address',
          header: t('egressRules.address'),
          cell: (r) => <Mono>{r.instanceId}</Mono>,
        },
        statusColumn(t('egressRules.status'), IPV6_STATUS),
      ]}
      add={{
        label: t('egressRules.create'),
        disabled: gateway.status !== 'Available',
        dialog: (close) => (
          <CreateEgressRuleModal
            gateway={gateway}
            takenIds={(query.data?.items ?? []).map((r) => r.instanceId)}
            onClose={close}
          />
        ),
      }}
      remove={{
        label: (r) => t('egressRules.deleteFor', { name: label(r) }),
        disabled: (r) => r.status !== 'Available',
        confirmTitle: t('egressRules.deleteTitle'),
        confirmMessage: (r) => t('egressRules.deleteConfirm', { name: label(r) }),
        pending: remove.isPending,
        run: (r, done) =>
          remove.mutate(r.id, {
            onSuccess: () => {
              notifySuccess(t('egressRules.deleted', { name: label(r) }));
              done();
            },
            onError: (error) => notifyError(error, t),
          }),
      }}
    />
  );
}
