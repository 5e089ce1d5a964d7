import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { Children, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeletePlan, type DeletePlan } from '../../../lib/use-delete-plan';
import { ErrorDetails } from '../error-details';
import { errorMessage } from '../error-message';
import { notifySuccess } from '../notify-error';
import { PlanSteps } from './plan-steps';
import { useDeleteWords } from './delete-words';

interface DeletePlanDialogProps<S> {
  /** The kind in words, as in a sentence ("NAT gateway"): title and question are built from it. */
  kind: string;
  /** The resource's name, or its ID when it has none. */
  name: string;
  plan: DeletePlan<S>;
  /** What the plan does, above its steps; by default "delete only the {kind}". */
  summary?: string;
  /** Notified once every step is done. */
  doneMessage: string;
  /** What is particular to the resource (its dependents, a Force choice…), above the plan. */
  children?: ReactNode;
  /** Something the API may refuse whatever is chosen (a subscription within its term): said, not enforced. */
  warning?: ReactNode;
  /**
   * Why the delete cannot succeed as chosen (dependents without Force, a customer gateway in
   * use): the button stays disabled and this says why, beside it (issue 18 item 6).
   */
  blocked?: ReactNode;
  onClose: () => void;
  /** Every step is done: leave the page of the deleted resource. */
  onDeleted: () => void;
  /** After a run, done or failed (e.g. refresh the resource's queries). */
  onSettled?: () => Promise<unknown> | void;
}

const BLOCKED_ID = 'delete-plan-blocked';

/**
 * The one delete dialog of every kind (issue 18 item 11): title "Delete {kind}", the question,
 * what depends on it, the plan of steps with progress, a warning, the failure, the reason a
 * delete is blocked, then Cancel and the submit ("Delete", or "Delete (N steps)"). A run stops
 * at the first failure with the upstream error; the next submit resumes from the failed step.
 */
export function DeletePlanDialog<S>(props: DeletePlanDialogProps<S>) {
  const { plan } = props;
  const { t } = useTranslation();
  const words = useDeleteWords(props.kind);
  const onDone = () => {
    notifySuccess(props.doneMessage);
    props.onDeleted();
  };
  const { steps, stateOf, done, failure, running, start } = useDeletePlan(
    plan,
    onDone,
    props.onSettled,
  );
  const several = (steps?.length ?? 0) > 1;
  const blocked = props.blocked !== undefined && props.blocked !== null;

  return (
    <Modal
      opened
      onClose={running ? () => undefined : props.onClose}
      withCloseButton={!running}
      title={words.title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack data-part="body">
        <Text data-part="confirm">{words.confirm(props.name)}</Text>
        {Children.toArray(props.children).length > 0 && (
          <Stack gap="sm" data-part="particulars">
            {props.children}
          </Stack>
        )}
        {plan.loadError && !steps ? (
          <Alert color="red" variant="outline" role="alert" data-part="plan">
            {errorMessage(plan.loadError, t)}
          </Alert>
        ) : !steps ? (
          <Loader size="sm" aria-label={t('common.loading')} data-part="plan" />
        ) : (
          <div data-part="plan">
            <PlanSteps
              summary={props.summary ?? words.oneStep}
              labels={steps.map((s) => ({ key: plan.key(s), label: plan.label(s) }))}
              stateOf={stateOf}
              done={done}
              running={running}
            />
          </div>
        )}
        {props.warning !== undefined && props.warning !== null && (
          <Alert color="yellow" role="note" data-part="warning">
            {props.warning}
          </Alert>
        )}
        {failure && (
          <Alert
            color="red"
            variant="outline"
            role="alert"
            data-part="failure"
            title={t(several ? 'deletePlan.failed' : 'deletePlan.notDeleted')}
          >
            <Stack gap={4}>
              <Text fz="sm">{errorMessage(failure.error, t)}</Text>
              <ErrorDetails error={failure.error} />
            </Stack>
          </Alert>
        )}
        {blocked && !running && (
          <Text fz="sm" c="dimmed" id={BLOCKED_ID} data-part="blocked" component="div">
            {props.blocked}
          </Text>
        )}
        <Group justify="flex-end" data-part="buttons">
          <Button variant="default" onClick={props.onClose} disabled={running}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={running}
            disabled={!steps || blocked}
            aria-describedby={blocked ? BLOCKED_ID : undefined}
            onClick={() => void start()}
          >
            {failure && several ? t('deletePlan.resume') : words.submit(steps?.length ?? 1)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
