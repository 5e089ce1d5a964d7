import type { Ipv6Address } from '@gc/contracts';

/** One step of deleting a gateway: release one address's bandwidth, or delete the gateway. */
export type PlanStep =
  { kind: 'release'; address: Ipv6Address } | { kind: 'delete'; gatewayId: string };

export type StepState = 'pending' | 'running' | 'done' | 'failed';

/**
 * The API refuses to delete a gateway while any address of its VPC has internet bandwidth
 * (`DependencyViolation.Ipv6InternetBandwidth`, REFERENCE §3.5), so each is released first.
 */
export function buildDeletePlan(gatewayId: string, addresses: Ipv6Address[]): PlanStep[] {
  const releases: PlanStep[] = addresses
    .filter((a) => a.internetBandwidth !== undefined)
    .map((address) => ({ kind: 'release', address }));
  return [...releases, { kind: 'delete', gatewayId }];
}

/**
 * Runs the steps in order from `from`, reporting each state; stops at the first failure and
 * returns its index (or -1 when every step is done), so a retry resumes where it stopped.
 */
export async function runPlan(
  steps: PlanStep[],
  from: number,
  run: (step: PlanStep) => Promise<unknown>,
  report: (index: number, state: StepState, error?: unknown) => void,
): Promise<number> {
  for (let i = from; i < steps.length; i++) {
    const step = steps[i];
    if (!step) continue;
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
