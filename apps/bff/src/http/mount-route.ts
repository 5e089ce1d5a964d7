import { Router, type Request, type Response } from 'express';
import type { Route, RouteDef } from '@gc/contracts';
import type { AuditRecorder } from '../audit/audit-recorder.ts';
import { audited, type AuditMeta } from '../audit/audited.ts';
import type { SessionTokens } from '../auth/session-token.ts';
import { optionalClientToken, requireClientToken } from '../middleware/idempotency.ts';
import { authorize, currentSession } from '../middleware/session.ts';
import { parseInput } from '../middleware/validate.ts';
import type { HandlerFn, HandlerSpec, Handlers, RouteInput } from './route-handler.ts';

/** What mounting needs from the app: the audit seam and the session tokens (CSRF). */
export interface MountContext {
  audit: AuditRecorder;
  tokens: SessionTokens;
}

/** `/api/x/{id}` → `/api/x/:id` (Express 5 reads braces as optional groups). */
export function expressPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

function parseRequest<R extends RouteDef>(route: R, req: Request, res: Response): RouteInput<R> {
  const params = route.params ? parseInput(route.params, req.params, 'path') : {};
  const query = route.query ? parseInput(route.query, req.query, 'query') : {};
  const body = route.body ? parseInput(route.body, req.body, 'body') : undefined;
  const session = currentSession(res);
  const user = session?.user ?? '';
  const clientToken = route.creates
    ? requireClientToken(req, user)
    : route.idempotency === 'optional'
      ? optionalClientToken(req, user)
      : undefined;
  return { params, query, body, clientToken, session, req, res } as RouteInput<R>;
}

function auditMeta<R extends RouteDef>(route: R, input: RouteInput<R>): AuditMeta | undefined {
  if (!route.audit) return undefined;
  const params = input.params as Record<string, string | undefined>;
  const { resourceParam } = route.audit;
  return {
    action: route.audit.action,
    regionId: params.regionId,
    resourceId: resourceParam === undefined ? undefined : params[resourceParam],
    params: input.body as Record<string, unknown> | undefined,
    clientToken: input.clientToken,
  };
}

/**
 * Mounts one route: access check (session, CSRF, operator role on mutations), input parsing with
 * field paths, ClientToken, the audit entry, then the status code and the JSON answer.
 */
export function mountRoute<R extends Route>(
  router: Router,
  route: R,
  handler: HandlerFn<R> | HandlerSpec<R>,
  ctx: MountContext,
): void {
  const spec: HandlerSpec<R> = typeof handler === 'function' ? { handle: handler } : handler;
  router[route.method](expressPath(route.path), ...(spec.before ?? []), async (req, res) => {
    if (route.access !== 'public') authorize(ctx.tokens, req, res, route.mutates);
    const input = parseRequest(route, req, res);
    const meta = auditMeta(route, input);
    const run = async () => spec.handle(input);
    const result = meta
      ? await audited(ctx.audit, res, { ...meta, ...spec.audit?.(input) }, run)
      : await run();
    if (res.headersSent || res.destroyed) return;
    if (route.status !== undefined) res.status(route.status);
    if (route.status === 204) res.end();
    else res.json(result);
  });
}

/** Builds a router with every route of a group, in the group's declaration order. */
export function routerFor<G extends Record<string, Route>>(
  group: G,
  handlers: Handlers<G>,
  ctx: MountContext,
): Router {
  const router = Router();
  for (const key of Object.keys(group) as (keyof G & string)[]) {
    mountRoute(router, group[key] as G[typeof key], handlers[key], ctx);
  }
  return router;
}
