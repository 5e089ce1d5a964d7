import type { VpnConnection, VpnGateway, VpnPolicyRouteKey, VpnRouteKey } from '@gc/contracts';
import type { StepState } from '../../../lib/delete-plan';

export type { StepState };

/** A client-to-site server on the gateway: an SSL-VPN server or an IPsec server. */
export type ServerKind = 'sslServer' | 'ipsecServer';

/** One step of a guarded delete: servers and connections first, the gateway last. */
export interface DeleteStep {
  kind: 'connection' | 'gateway' | ServerKind;
  id: string;
  name: string;
}

/** A server the gateway still holds, as the plan names it. */
export interface PlanServer {
  kind: ServerKind;
  id: string;
  name: string;
}

/**
 * The order the API needs: the gateway refuses to go while an SSL-VPN server
 * (`DependencyViolation.SslVpnServer`, REFERENCE-2 §3.3), an IPsec server or an IPsec connection
 * (REFERENCE §3.4) remains. Deleting a server takes its client certificates with it (§3.3).
 * Connections already being removed are still listed, so the plan waits for them too.
 */
export function buildDeletePlan(
  gateway: VpnGateway,
  connections: VpnConnection[],
  servers: PlanServer[] = [],
): DeleteStep[] {
  return [
    ...servers.map((s) => ({ kind: s.kind, id: s.id, name: s.name || s.id })),
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
  /** Deletes an SSL-VPN or IPsec server; absent = the plan has none. */
  deleteServer?(kind: ServerKind, id: string): Promise<void>;
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
  if (step.kind === 'sslServer' || step.kind === 'ipsecServer') {
    // A server write puts the gateway in `updating` (REFERENCE-2 §7.1): wait before and after.
    await waitUntil(io, gatewayActive, step.id, false);
    await io.deleteServer?.(step.kind, step.id).catch(unlessGone);
    return waitUntil(io, gatewayActive, step.id, false);
  }
  const routes = (await io.routesVia?.(step.id)) ?? [];
  for (const route of routes) {
    await waitUntil(io, gatewayActive, step.id, false);
    await io.deleteRoute?.(route).catch(unlessGone);
  }
  if (routes.length > 0) await waitUntil(io, gatewayActive, step.id, false);
  await io.deleteConnection(step.id).catch(unlessGone);
  await waitUntil(io, () => io.settled(step.id), step.id);
}
