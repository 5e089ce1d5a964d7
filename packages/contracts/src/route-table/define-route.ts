import type { z } from 'zod';

/** The HTTP methods the BFF serves (lower case, as in OpenAPI). */
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One route of the REST API, declared once: the BFF mounts it, OpenAPI and the SPA read it. */
export interface RouteDef {
  readonly method: HttpMethod;
  /** OpenAPI-style full path, e.g. `/api/regions/{regionId}/ipv6-gateways/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /** The success body; absent for 204 and for file downloads. */
  readonly response?: z.ZodType;
  /** Success status: 200 (default), 201 for creates, 204 when there is no body. */
  readonly status?: 200 | 201 | 204;
  /** A create: `Idempotency-Key` is required and becomes the upstream ClientToken. */
  readonly creates?: true;
  /** Binds and the like: `Idempotency-Key` is optional and used when sent. */
  readonly idempotency?: 'optional';
  /** The audit action, and which path param names the resource (else the created resource's ID). */
  readonly audit?: { readonly action: string; readonly resourceParam?: string };
  /** `public`: no session needed (health, login, logout); `session` (default): resource routes. */
  readonly access?: 'public' | 'session';
  /** Changes state (needs CSRF and the operator role); defaults to "the method is not GET". */
  readonly mutates?: boolean;
  /** `false` keeps the route out of the OpenAPI document (the document itself). */
  readonly documented?: false;
}

/** A declared route: `mutates` is always filled in. */
export type Route<R extends RouteDef = RouteDef> = R & { readonly mutates: boolean };

/** Declares a route, keeping its literal types; `mutates` defaults to "not a GET". */
export function defineRoute<const R extends RouteDef>(r: R): Route<R> {
  return { ...r, mutates: r.mutates ?? r.method !== 'get' };
}

type InputOf<S> = S extends z.ZodType ? z.input<S> : never;

/** The path params of a route as the caller gives them (strings). */
export type RouteParams<R extends RouteDef> = R['params'] extends z.ZodObject
  ? InputOf<R['params']>
  : Record<string, never>;

/** The query of a route as the caller gives it (zod input). */
export type RouteQuery<R extends RouteDef> = R['query'] extends z.ZodObject
  ? InputOf<R['query']>
  : Record<string, never>;

/** The request body of a route as the caller gives it (zod input). */
export type RouteBody<R extends RouteDef> = R['body'] extends z.ZodType
  ? InputOf<R['body']>
  : undefined;

/** The success body of a route: `void` for 204, `unknown` for a file download. */
export type RouteResponse<R extends RouteDef> = R['status'] extends 204
  ? void
  : R['response'] extends z.ZodType
    ? z.output<R['response']>
    : unknown;

/** The `{name}` placeholders of an OpenAPI path, in order. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}

type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** The URL of a route: `{name}` filled (URI-encoded), then the query's non-empty values. */
export function routeUrl<R extends RouteDef>(
  route: R,
  params: RouteParams<R>,
  query?: Partial<RouteQuery<R>>,
): string {
  const values = params as Record<string, string | undefined>;
  const path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`routeUrl: ${route.path} needs "${name}"`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries((query ?? {}) as Record<string, QueryValue>)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null && v !== '') search.append(key, String(v));
    }
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}
