import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { RouteDef } from '@gc/contracts';
import type { AuditMeta } from '../audit/audited.ts';
import type { SessionClaims } from '../auth/session-token.ts';

type Parsed<S, Else> = S extends z.ZodType ? z.output<S> : Else;

/** What a handler receives: the route's inputs parsed with its contracts schemas. */
export interface RouteInput<R extends RouteDef> {
  params: Parsed<R['params'], Record<string, never>>;
  query: Parsed<R['query'], Record<string, never>>;
  body: Parsed<R['body'], undefined>;
  /** The upstream ClientToken: always set on creates, set when sent on `idempotency: 'optional'`. */
  clientToken: R['creates'] extends true ? string : string | undefined;
  /** Public routes may run without a session; the kit has checked it everywhere else. */
  session: R['access'] extends 'public' ? SessionClaims | undefined : SessionClaims;
  req: Request;
  res: Response;
}

/** What a handler returns: the success body (`void` for 204 and for answers it sent itself). */
export type RouteOutput<R extends RouteDef> = R['status'] extends 204
  ? void
  : R['response'] extends z.ZodType
    ? z.output<R['response']>
    : void;

/** A handler: the route's typed input in, the success body out. */
export type HandlerFn<R extends RouteDef> = (
  input: RouteInput<R>,
) => Promise<RouteOutput<R>> | RouteOutput<R>;

/** A handler that also shapes its audit entry or runs middleware before the input is parsed. */
export interface HandlerSpec<R extends RouteDef> {
  handle: HandlerFn<R>;
  /** Overrides the audit meta derived from the route (params, resource ID). */
  audit?: (input: RouteInput<R>) => Partial<AuditMeta>;
  /** Express middleware run first (e.g. the login rate limiter). */
  before?: RequestHandler[];
}

/** One handler per route of a group: `Handlers<typeof ipv6GatewayRoutes>`. */
export type Handlers<G extends Record<string, RouteDef>> = {
  [K in keyof G]: HandlerFn<G[K]> | HandlerSpec<G[K]>;
};
