/** Where one step of a delete plan stands. */
export type StepState = 'pending' | 'running' | 'done' | 'failed';

/**
 * Runs the steps in order from `from`, reporting each state; stops at the first failure and
 * returns its index (or -1 when every step is done), so a retry resumes where it stopped.
 */
export async function runPlan<S>(
  steps: readonly S[],
  from: number,
  run: (step: S) => Promise<unknown>,
  report: (index: number, state: StepState, error?: unknown) => void,
): Promise<number> {
  for (let i = from; i < steps.length; i++) {
    const step = steps[i];
    if (step === undefined) continue;
    report(i, 'running');
    try {
      await run(step);
    } catch (error) {
      report(i, 'failed', error);
      return i;
    }
    report(i, 'done');
  }
  return -1;
}
