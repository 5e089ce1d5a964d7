import type { VpnConnection, VpnGateway } from '@gc/contracts';
import { Alert, Button, Group, List, Loader, Modal, Progress, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorDetails } from '../../../components/ui/error-details';
import { errorMessage } from '../../../components/ui/error-message';
import { notifySuccess } from '../../../components/ui/notify-error';
import { toApiError, type ApiError } from '../../../lib/api-error';
import { useDeletePlanIo } from '../api/delete-plan-io';
import { buildDeletePlan, runDeletePlan, type StepState } from '../utils/delete-plan';

interface Props {
  gateway: VpnGateway;
  connections: VpnConnection[];
  onClose: () => void;
  onDeleted: () => void;
}

const MARK: Record<StepState, string> = { pending: '○', running: '', done: '✓', failed: '✗' };

/**
 * A guarded delete: the API refuses while IPsec connections remain (REFERENCE §3.4), so the
 * dialog shows the plan (each connection, then the gateway), then carries it out step by step
 * with progress; after a failure it resumes from the failed step.
 */
export function DeleteVpnGatewayModal({ gateway, connections, onClose, onDeleted }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const plan = useMemo(() => buildDeletePlan(gateway, connections), [gateway, connections]);
  const [states, setStates] = useState<StepState[]>(() => plan.map(() => 'pending'));
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const io = useDeletePlanIo(gateway, (i, s) =>
    setStates((prev) => prev.map((old, j) => (j === i ? s : old))),
  );
  const done = states.filter((s) => s === 'done').length;

  const start = async () => {
    setRunning(true);
    setError(null);
    const from = Math.max(
      0,
      states.findIndex((s) => s !== 'done'),
    );
    try {
      await runDeletePlan(plan, io, from);
      notifySuccess(t('vpn.delete.done', { name: gateway.name || gateway.id }));
      onDeleted();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setRunning(false);
      await queryClient.invalidateQueries({ queryKey: ['regions', gateway.regionId, 'vpn'] });
    }
  };

  return (
    <Modal
      opened
      onClose={running ? () => undefined : onClose}
      withCloseButton={!running}
      title={t('vpn.delete.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <Text>{t('vpn.delete.confirm', { name: gateway.name || gateway.id })}</Text>
        {connections.length > 0 && (
          <Text fz="sm">{t('vpn.delete.guarded', { count: connections.length })}</Text>
        )}
        <div>
          <Text fw={500} fz="sm" id="vpn-delete-plan">
            {t('vpn.delete.plan')}
          </Text>
          <List type="ordered" fz="sm" aria-labelledby="vpn-delete-plan" data-testid="delete-plan">
            {plan.map((step, i) => (
              <List.Item key={step.id} data-state={states[i]}>
                <Group gap={6} wrap="nowrap">
                  {states[i] === 'running' ? (
                    <Loader size={10} aria-hidden="true" />
                  ) : (
                    <span aria-hidden="true">{MARK[states[i] ?? 'pending']}</span>
                  )}
                  <span>
                    {t(
                      step.kind === 'gateway'
                        ? 'vpn.delete.stepGateway'
                        : 'vpn.delete.stepConnection',
                      {
                        name: step.name,
                        id: step.id,
                      },
                    )}
                    {' — '}
                    {t(`vpn.delete.state.${states[i] ?? 'pending'}`)}
                  </span>
                </Group>
              </List.Item>
            ))}
          </List>
        </div>
        {(running || done > 0) && (
          <Progress
            value={(done / plan.length) * 100}
            aria-label={t('vpn.delete.progress', { done, total: plan.length })}
            animated={running}
          />
        )}
        {(running || done > 0) && (
          <Text fz="sm" role="status">
            {t('vpn.delete.progress', { done, total: plan.length })}
          </Text>
        )}
        {error && (
          <Alert color="red" variant="outline" role="alert" title={t('vpn.delete.failed')}>
            <Stack gap={4}>
              <Text fz="sm">{errorMessage(error, t)}</Text>
              <ErrorDetails error={error} />
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={running}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={running} onClick={() => void start()}>
            {error
              ? t('vpn.delete.resume')
              : connections.length > 0
                ? t('vpn.delete.runPlan', { count: connections.length })
                : t('common.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
