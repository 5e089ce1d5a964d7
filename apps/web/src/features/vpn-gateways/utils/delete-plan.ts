import type { VpnConnection, VpnGateway, VpnPolicyRouteKey, VpnRouteKey } from '@gc/contracts';
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

/** A route to delete before its next-hop connection: routes have no ID, only a key (REFERENCE-2 §2.1). */
export type PlanRoute = { kind: 'dbr'; key: VpnRouteKey } | { kind: 'pbr'; key: VpnPolicyRouteKey };

/** What a step needs from the outside (the BFF in the app, fakes in tests). */
export interface DeletePlanIo {
  /** The routes (destination and policy) whose next hop is this connection; absent = none. */
  routesVia?(connectionId: string): Promise<PlanRoute[]>;
  deleteRoute?(route: PlanRoute): Promise<void>;
  /** True once the gateway is `active` again: it takes one change at a time (REFERENCE-2 §7.1). */
  gatewayActive?(): Promise<boolean>;
  deleteConnection(id: string): Promise<void>;
  deleteGateway(id: string): Promise<void>;
  /** True once the connection is gone and the gateway is back to `active`. */
  settled(connectionId: string): Promise<boolean>;
  sleep(ms: number): Promise<void>;
  /** Unused: the plan runner (`lib/delete-plan.ts`) reports the states. */
  onStep?(index: number, state: StepState): void;
}

const SETTLE_TIMEOUT_MS = 10 * 60_000;

async function waitUntil(
  io: DeletePlanIo,
  done: () => Promise<boolean>,
  id: string,
  backoff = true,
) {
  // 1 s, 2 s, 4 s … capped at 10 s: a connection removal takes seconds (REFERENCE §4.7). A route
  // change is short and the plan's next step waits on it: every second, one cheap read.
  let delay = 1_000;
  let waited = 0;
  while (!(await done())) {
    if (waited > SETTLE_TIMEOUT_MS) throw new Error(`Timed out waiting for ${id} to be removed.`);
    await io.sleep(delay);
    waited += delay;
    if (backoff) delay = Math.min(delay * 2, 10_000);
  }
}

const isAlreadyGone = (err: unknown) => (err as { status?: unknown }).status === 404;

const unlessGone = (err: unknown) => {
  if (!isAlreadyGone(err)) throw err;
};

/**
 * Carries out one step: a connection's routes are deleted first, one at a time, then the
 * connection, each awaited (the gateway accepts one change at a time, §4.4) before the next
 * change; a route or connection already gone counts as deleted.
 */
export async function runDeleteStep(step: DeleteStep, io: DeletePlanIo): Promise<void> {
  if (step.kind === 'gateway') return io.deleteGateway(step.id);
  const gatewayActive = () => io.gatewayActive?.() ?? Promise.resolve(true);
  const routes = (await io.routesVia?.(step.id)) ?? [];
  for (const route of routes) {
    await waitUntil(io, gatewayActive, step.id, false);
    await io.deleteRoute?.(route).catch(unlessGone);
  }
  if (routes.length > 0) await waitUntil(io, gatewayActive, step.id, false);
  await io.deleteConnection(step.id).catch(unlessGone);
  await waitUntil(io, () => io.settled(step.id), step.id);
}
