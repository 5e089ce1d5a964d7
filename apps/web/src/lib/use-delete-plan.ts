import { useState } from 'react';
import { toApiError, type ApiError } from './api-error';
import { runPlan, type StepState } from './delete-plan';

/** What a resource declares about deleting it: its steps and how to carry one out. */
export interface DeletePlan<S> {
  /** The steps in the order the API needs; undefined while what they depend on loads. */
  steps: readonly S[] | undefined;
  /** Loading what the steps depend on failed: the plan cannot be made. */
  loadError?: ApiError | null;
  key: (step: S) => string;
  label: (step: S) => string;
  run: (step: S) => Promise<unknown>;
}

/**
 * Carries out a plan step by step. The steps are frozen at the first start (a refetch must not
 * shift them under a resume); after a failure, `start` resumes from the failed step.
 */
export function useDeletePlan<S>(
  plan: DeletePlan<S>,
  onDone: () => void,
  onSettled?: () => Promise<unknown> | void,
) {
  const [frozen, setFrozen] = useState<readonly S[] | null>(null);
  const [states, setStates] = useState<StepState[]>([]);
  const [failure, setFailure] = useState<{ index: number; error: ApiError } | null>(null);
  const [running, setRunning] = useState(false);
  const steps = frozen ?? plan.steps;

  // Recreated each render: a step runs with the dialog's current choices (e.g. NAT's Force).
  const start = async () => {
    if (!steps || running) return;
    setFrozen(steps);
    setRunning(true);
    const from = failure?.index ?? 0;
    setFailure(null);
    const failedAt = await runPlan(steps, from, plan.run, (i, state, error) => {
      setStates((prev) => Object.assign([...prev], { [i]: state }));
      if (error !== undefined) setFailure({ index: i, error: toApiError(error) });
    });
    setRunning(false);
    if (failedAt === -1) onDone();
    await onSettled?.();
  };

  const stateOf = (i: number): StepState => states[i] ?? 'pending';
  const done = states.filter((s) => s === 'done').length;
  return { steps, stateOf, done, failure, running, start };
}
