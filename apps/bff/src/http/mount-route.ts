import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { Route, RouteDef } from '@gc/contracts';
import type { AuditRecorder } from '../audit/audit-recorder.ts';
import { audited, type AuditMeta } from '../audit/audited.ts';
import type { SessionTokens } from '../auth/session-token.ts';
import { optionalClientToken, requireClientToken } from '../middleware/idempotency.ts';
import { authorize, currentSession } from '../middleware/session.ts';
import { parseInput } from '../middleware/validate.ts';
import { sendJson } from './send-json.ts';
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
    else sendJson(res, result);
  });
}

const SEGMENTS = Symbol('path segments');
type WithSegments = { [SEGMENTS]?: { path: string; segs: string[] } };

/** The request path's segments, lower-cased, a trailing slash dropped: split once per request. */
function segmentsOf(path: string, holder: WithSegments): string[] {
  const known = holder[SEGMENTS];
  if (known?.path === path) return known.segs;
  const segs = path.toLowerCase().split('/');
  while (segs.length > 1 && segs[segs.length - 1] === '') segs.pop();
  holder[SEGMENTS] = { path, segs };
  return segs;
}

/**
 * False only when no path of `paths` can match `path`: same segment count (a trailing slash
 * aside) and the same literal segments, case aside. Looser than Express's own matching
 * (non-strict, case-insensitive), so it only ever skips a group that would not have matched.
 * `holder` (the request) keeps the split path for the next group's guard.
 */
export function pathGuard(paths: readonly string[]): (path: string, holder?: object) => boolean {
  // A wildcard may span segments: no shortcut for such a group.
  if (paths.some((p) => /[*(]/.test(p))) return () => true;
  // By segment count; a segment with a parameter in it matches any segment (`{id}`, `{id}.json`).
  const byLength = new Map<number, (string | undefined)[][]>();
  for (const p of paths) {
    const shape = p.split('/').map((seg) => (/[{}:?+]/.test(seg) ? undefined : seg.toLowerCase()));
    byLength.set(shape.length, [...(byLength.get(shape.length) ?? []), shape]);
  }
  return (path, holder = {}) => {
    const segs = segmentsOf(path, holder as WithSegments);
    const shapes = byLength.get(segs.length);
    return (
      shapes !== undefined &&
      shapes.some((shape) => shape.every((lit, i) => lit === undefined || lit === segs[i]))
    );
  };
}

/**
 * Builds a router with every route of a group, in the group's declaration order. A request no
 * route of the group can match skips the router whole: Express would otherwise try each route's
 * pattern in turn, for every group mounted before the one that answers (issue 17's profile).
 */
export function routerFor<G extends Record<string, Route>>(
  group: G,
  handlers: Handlers<G>,
  ctx: MountContext,
): RequestHandler {
  const router = Router();
  for (const key of Object.keys(group) as (keyof G & string)[]) {
    mountRoute(router, group[key] as G[typeof key], handlers[key], ctx);
  }
  const canMatch = pathGuard(Object.values(group).map((route) => route.path));
  return (req, res, next) => {
    if (canMatch(req.path, req)) router(req, res, next);
    else next();
  };
}

/**
 * One middleware that runs `handlers` in order, as `app.use(...handlers)` would: each calls the
 * next on `next()`, an error goes straight out. Express's own walk costs each request a params
 * object, a closure and a path trim per layer it passes (issue 17's allocation profile: a third
 * of a list request's garbage), for ~25 resource groups the guards already skip.
 */
export function chainHandlers(handlers: readonly RequestHandler[]): RequestHandler {
  return (req, res, done) => {
    let i = 0;
    const next = (err?: unknown): void => {
      // 'router' leaves the chain as it would leave a router; 'route' only skips a route's rest.
      if (err === 'router') return done();
      if (err !== undefined && err !== null && err !== 'route') return done(err);
      const handler = handlers[i];
      i += 1;
      if (handler === undefined) return done();
      try {
        handler(req, res, next);
      } catch (error) {
        done(error);
      }
    };
    next();
  };
}
