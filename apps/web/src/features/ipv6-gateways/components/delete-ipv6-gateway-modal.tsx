import { ipv6GatewayRoutes, type Ipv6Gateway, type Ipv6GatewayPage } from '@gc/contracts';
import { Alert, Button, Group, List, Loader, Modal, Stack, Text, ThemeIcon } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorDetails } from '../../../components/ui/error-details';
import { errorMessage } from '../../../components/ui/error-message';
import { notifySuccess } from '../../../components/ui/notify-error';
import { ApiError, toApiError } from '../../../lib/api-error';
import { bffClient } from '../../../lib/bff-client';
import { sendBandwidthChange, useIpv6Addresses } from '../api/ipv6-addresses';
import { ipv6Keys } from '../api/ipv6-keys';
import { markIpv6Deleting } from '../api/ipv6-gateway-mutations';
import { buildDeletePlan, runPlan, type PlanStep, type StepState } from '../utils/delete-plan';

interface Props {
  gateway: Ipv6Gateway;
  onClose: () => void;
  onDeleted: () => void;
}

const MARK: Record<StepState, string> = { pending: '○', running: '…', done: '✓', failed: '✗' };

/**
 * Confirms a delete and shows its plan: release the internet bandwidth of every address in the
 * VPC (the API refuses otherwise), then delete the gateway; runs it step by step, resumable.
 */
export function DeleteIpv6GatewayModal({ gateway, onClose, onDeleted }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const addresses = useIpv6Addresses(gateway.regionId, {
    vpcId: gateway.vpcId,
    networkType: 'Public',
  });
  const [frozen, setFrozen] = useState<PlanStep[] | null>(null);
  const [states, setStates] = useState<StepState[]>([]);
  const [failure, setFailure] = useState<{ index: number; error: ApiError } | null>(null);
  const [running, setRunning] = useState(false);
  const plan =
    frozen ?? (addresses.data ? buildDeletePlan(gateway.id, addresses.data.items) : null);
  const releases = plan ? plan.length - 1 : 0;

  const run = async (step: PlanStep) => {
    if (step.kind === 'release') {
      return sendBandwidthChange(gateway.regionId, step.address.id, { kind: 'release' });
    }
    return bffClient.call(ipv6GatewayRoutes.remove, {
      params: { regionId: gateway.regionId, id: step.gatewayId },
    });
  };

  const start = async () => {
    if (!plan) return;
    setFrozen(plan);
    setRunning(true);
    const from = failure?.index ?? 0;
    setFailure(null);
    const stopped = await runPlan(plan, from, run, (i, state, error) => {
      setStates((s) => {
        const next = [...s];
        next[i] = state;
        return next;
      });
      if (error !== undefined)
        setFailure({ index: i, error: error instanceof ApiError ? error : toApiError(error) });
    });
    setRunning(false);
    await queryClient.invalidateQueries({ queryKey: ipv6Keys.all(gateway.regionId) });
    if (stopped === -1) {
      queryClient.setQueriesData<Ipv6GatewayPage>(
        { queryKey: ipv6Keys.lists(gateway.regionId) },
        (p) => markIpv6Deleting(p, gateway.id),
      );
      notifySuccess(t('ipv6.delete.done', { name: gateway.name || gateway.id }));
      onDeleted();
    }
  };

  const stepLabel = (step: PlanStep) =>
    step.kind === 'release'
      ? t('ipv6.delete.releaseStep', {
          address: step.address.address,
          bandwidth: step.address.internetBandwidth?.bandwidth ?? 0,
        })
      : t('ipv6.delete.deleteStep', { name: gateway.name || gateway.id });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('ipv6.delete.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <Text>{t('ipv6.delete.confirm', { name: gateway.name || gateway.id })}</Text>
        {addresses.isError && !frozen ? (
          <Alert color="red" variant="outline" role="alert">
            {errorMessage(addresses.error, t)}
          </Alert>
        ) : !plan ? (
          <Loader size="sm" aria-label={t('common.loading')} />
        ) : (
          <div>
            <Text fw={500} fz="sm">
              {releases > 0
                ? t('ipv6.delete.plan', { count: releases })
                : t('ipv6.delete.noBandwidth')}
            </Text>
            <List fz="sm" data-testid="delete-plan" listStyleType="none" spacing={4}>
              {plan.map((step, i) => {
                const state = states[i] ?? 'pending';
                return (
                  <List.Item
                    key={step.kind === 'release' ? step.address.id : 'delete'}
                    data-state={state}
                    icon={
                      <ThemeIcon
                        size={18}
                        radius="xl"
                        variant="light"
                        color={state === 'failed' ? 'red' : state === 'done' ? 'green' : 'gray'}
                        aria-hidden="true"
                      >
                        {MARK[state]}
                      </ThemeIcon>
                    }
                  >
                    {stepLabel(step)}
                    <Text span fz="xs" c="dimmed">
                      {' '}
                      ({t(`ipv6.delete.state.${state}`)})
                    </Text>
                  </List.Item>
                );
              })}
            </List>
          </div>
        )}
        {failure && (
          <Alert color="red" variant="outline" role="alert" title={t('ipv6.delete.failed')}>
            <Stack gap={4}>
              <Text fz="sm">{errorMessage(failure.error, t)}</Text>
              <ErrorDetails error={failure.error} />
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={running}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={running} disabled={!plan} onClick={() => void start()}>
            {failure
              ? t('ipv6.delete.resume')
              : releases > 0
                ? t('ipv6.delete.submitWithPlan', { count: releases })
                : t('common.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
