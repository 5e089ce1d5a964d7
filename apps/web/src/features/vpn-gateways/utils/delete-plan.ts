import type { VpnConnection, VpnGateway } from '@gc/contracts';
import type { StepState } from '../../../lib/delete-plan';

export type { StepState };

/** One step of a guarded delete: a connection first, the gateway last. */
export interface DeleteStep {
  kind: 'connection' | 'gateway';
  id: string;
  name: string;
}

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

/** What a step needs from the outside (the BFF in the app, fakes in tests). */
export interface DeletePlanIo {
  deleteConnection(id: string): Promise<void>;
  deleteGateway(id: string): Promise<void>;
  /** True once the connection is gone and the gateway is back to `active`. */
  settled(connectionId: string): Promise<boolean>;
  sleep(ms: number): Promise<void>;
  /** Unused: the plan runner (`lib/delete-plan.ts`) reports the states. */
  onStep?(index: number, state: StepState): void;
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
 * Carries out one step: a connection is deleted and awaited (the gateway accepts one change at a
 * time, §4.4) before the next step may start; a connection already gone counts as deleted.
 */
export async function runDeleteStep(step: DeleteStep, io: DeletePlanIo): Promise<void> {
  if (step.kind === 'gateway') return io.deleteGateway(step.id);
  await io.deleteConnection(step.id).catch((err: unknown) => {
    if (!isAlreadyGone(err)) throw err;
  });
  await waitSettled(io, step.id);
}
