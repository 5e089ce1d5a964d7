import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeletePlan, type DeletePlan } from '../../../lib/use-delete-plan';
import { ErrorDetails } from '../error-details';
import { errorMessage } from '../error-message';
import { notifySuccess } from '../notify-error';
import { PlanSteps } from './plan-steps';

interface DeletePlanDialogProps<S> {
  title: string;
  /** The question: "Delete … {name}?" */
  confirm: string;
  plan: DeletePlan<S>;
  /** What the plan does, above its steps; without it the steps are not listed (one call). */
  summary?: string;
  submitLabel: string;
  /** Notified once every step is done. */
  doneMessage: string;
  /** What is particular to the resource (its dependents, a Force choice…), above the plan. */
  children?: ReactNode;
  onClose: () => void;
  /** Every step is done: leave the page of the deleted resource. */
  onDeleted: () => void;
  /** After a run, done or failed (e.g. refresh the resource's queries). */
  onSettled?: () => Promise<unknown> | void;
  /**
   * Why the delete cannot succeed as chosen (e.g. dependents without Force): the button stays
   * disabled and says so, rather than letting the API refuse (issue 18 item 6).
   */
  blocked?: string;
}

/**
 * A delete carried out as a plan of steps with progress: it stops at the first failure with the
 * upstream error (code, RequestId), and the next submit resumes from the failed step.
 */
export function DeletePlanDialog<S>(props: DeletePlanDialogProps<S>) {
  const { plan, summary } = props;
  const { t } = useTranslation();
  const onDone = () => {
    notifySuccess(props.doneMessage);
    props.onDeleted();
  };
  const { steps, stateOf, done, failure, running, start } = useDeletePlan(
    plan,
    onDone,
    props.onSettled,
  );

  return (
    <Modal
      opened
      onClose={running ? () => undefined : props.onClose}
      withCloseButton={!running}
      title={props.title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <Text>{props.confirm}</Text>
        {props.children}
        {plan.loadError && !steps ? (
          <Alert color="red" variant="outline" role="alert">
            {errorMessage(plan.loadError, t)}
          </Alert>
        ) : !steps ? (
          <Loader size="sm" aria-label={t('common.loading')} />
        ) : (
          summary !== undefined && (
            <PlanSteps
              summary={summary}
              labels={steps.map((s) => ({ key: plan.key(s), label: plan.label(s) }))}
              stateOf={stateOf}
              done={done}
              running={running}
            />
          )
        )}
        {failure && (
          <Alert
            color="red"
            variant="outline"
            role="alert"
            title={t(summary === undefined ? 'deletePlan.notDeleted' : 'deletePlan.failed')}
          >
            <Stack gap={4}>
              <Text fz="sm">{errorMessage(failure.error, t)}</Text>
              <ErrorDetails error={failure.error} />
            </Stack>
          </Alert>
        )}
        {props.blocked !== undefined && !running && (
          <Text fz="sm" c="dimmed" id="delete-plan-blocked">
            {props.blocked}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} disabled={running}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={running}
            disabled={!steps || props.blocked !== undefined}
            aria-describedby={props.blocked !== undefined ? 'delete-plan-blocked' : undefined}
            onClick={() => void start()}
          >
            {failure && summary !== undefined ? t('deletePlan.resume') : props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
