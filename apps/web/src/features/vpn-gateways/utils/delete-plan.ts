import type { VpnConnection, VpnGateway } from '@gc/contracts';

/** One step of a guarded delete: a connection first, the gateway last. */
export interface DeleteStep {
  kind: 'connection' | 'gateway';
  id: string;
  name: string;
}

export type StepState = 'pending' | 'running' | 'done' | 'failed';

/**
 * The order the API needs (REFERENCE §3.4 DeleteVpnGateway): every IPsec connection, then the
 * gateway. Connections already being removed are still listed, so the plan waits for them too.
 */
export function buildDeletePlan(gateway: VpnGateway, connections: VpnConnection[]): DeleteStep[] {
  return [
    ...connections.map((c) => ({ kind: 'connection' as const, id: c.id, name: c.name || c.id })),
    { kind: 'gateway', id: gateway.id, name: gateway.name || gateway.id },
  ];
}

/** What the runner needs from the outside (the BFF in the app, fakes in tests). */
export interface DeletePlanIo {
  deleteConnection(id: string): Promise<void>;
  deleteGateway(id: string): Promise<void>;
  /** True once the connection is gone and the gateway is back to `active`. */
  settled(connectionId: string): Promise<boolean>;
  sleep(ms: number): Promise<void>;
  onStep(index: number, state: StepState): void;
}

const SETTLE_TIMEOUT_MS = 10 * 60_000;

async function waitSettled(io: DeletePlanIo, id: string): Promise<void> {
  // 1 s, 2 s, 4 s … capped at 10 s: a connection removal takes seconds (REFERENCE §4.7).
  let delay = 1_000;
  let waited = 0;
  while (!(await io.settled(id))) {
    if (waited > SETTLE_TIMEOUT_MS) throw new Error(`Timed out waiting for ${id} to be removed.`);
    await io.sleep(delay);
    waited += delay;
    delay = Math.min(delay * 2, 10_000);
  }
}

const isAlreadyGone = (err: unknown) => (err as { status?: unknown }).status === 404;

/**
 * Runs the plan from `from` on, one step at a time: each connection is deleted and awaited (the
 * gateway accepts one change at a time, §4.4) before the next step. Stops at the first failure
 * and rethrows it; the caller can resume from that step.
 */
export async function runDeletePlan(
  steps: DeleteStep[],
  io: DeletePlanIo,
  from = 0,
): Promise<void> {
  for (let i = from; i < steps.length; i++) {
    const step = steps[i];
    if (step === undefined) continue;
    io.onStep(i, 'running');
    try {
      if (step.kind === 'connection') {
        // A connection already gone (deleted elsewhere) counts as done.
        await io.deleteConnection(step.id).catch((err: unknown) => {
          if (!isAlreadyGone(err)) throw err;
        });
        await waitSettled(io, step.id);
      } else {
        await io.deleteGateway(step.id);
      }
      io.onStep(i, 'done');
    } catch (err) {
      io.onStep(i, 'failed');
      throw err;
    }
  }
}
