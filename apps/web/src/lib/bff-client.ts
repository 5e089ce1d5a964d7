import {
  BFF_ERROR_CODES,
  routeUrl,
  sessionRoutes,
  type RouteBody,
  type RouteDef,
  type RouteParams,
  type RouteQuery,
  type RouteResponse,
} from '@gc/contracts';
import { z } from 'zod';
import { ApiError, CLIENT_ERROR_CODES, parseApiError, toApiError } from './api-error';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type QueryValue = string | number | boolean | undefined | null;

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  query?: Record<string, QueryValue>;
  /** Sent as `Idempotency-Key` (creates): the BFF derives the upstream ClientToken from it. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

interface CallOptions<R extends RouteDef> {
  query?: Partial<RouteQuery<R>>;
  /** Sent as `Idempotency-Key` (routes that create). */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

/**
 * What `call` needs for a route: its path params and body when it has them (then required), and
 * its query when it has one.
 */
export type RouteInput<R extends RouteDef> = CallOptions<R> &
  (R['params'] extends z.ZodObject ? { params: RouteParams<R> } : { params?: RouteParams<R> }) &
  (R['body'] extends z.ZodType ? { body: RouteBody<R> } : { body?: undefined });

export interface BffClientOptions {
  fetch?: Fetch;
  /** Called on a 401 from any route but the session routes, which report it themselves. */
  onUnauthenticated?: () => void;
}

// The session routes report a 401 themselves, and the CSRF token is read from the session.
const SESSION_PATH = sessionRoutes.get.path;

/** Builds `path?query`, leaving out empty values so URLs stay short and cache keys stable. */
export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function readError(res: Response): Promise<ApiError> {
  const body = await res.text().catch(() => '');
  return parseApiError(
    res.status,
    body,
    res.headers.get('X-Request-Id'),
    res.headers.get('Retry-After'),
  );
}

/** A small JSON client for the BFF: CSRF on mutations, idempotency keys, one error type. */
export function createBffClient(options: BffClientOptions = {}) {
  const doFetch: Fetch = options.fetch ?? ((url, init) => fetch(url, init));
  let csrfToken: string | undefined;
  let onUnauthenticated = options.onUnauthenticated;
  // Answers already on their way (see `adopting`), by URL; each answers one GET.
  const adopted = new Map<string, Promise<Response>>();

  async function send(path: string, init: RequestOptions): Promise<Response> {
    const method = init.method ?? 'GET';
    const url = buildUrl(path, init.query);
    const early = method === 'GET' ? adopted.get(url) : undefined;
    if (early !== undefined) {
      adopted.delete(url);
      return early.catch((error: unknown) => Promise.reject(toApiError(error)));
    }
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET') {
      if (csrfToken === undefined && path !== SESSION_PATH) await refreshCsrfToken();
      if (csrfToken !== undefined) headers['X-CSRF-Token'] = csrfToken;
    }
    if (init.idempotencyKey !== undefined) headers['Idempotency-Key'] = init.idempotencyKey;
    try {
      return await doFetch(url, {
        method,
        headers,
        credentials: 'same-origin',
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: init.signal,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw toApiError(error);
    }
  }

  async function refreshCsrfToken(): Promise<void> {
    const res = await send(SESSION_PATH, {});
    if (!res.ok) return;
    const parsed = sessionRoutes.get.response.safeParse(await res.json());
    if (parsed.success) csrfToken = parsed.data.csrfToken;
  }

  async function request<T>(
    path: string,
    schema: z.ZodType<T> | null,
    init: RequestOptions = {},
  ): Promise<T> {
    let res = await send(path, init);
    if (res.status === 403 && init.method !== undefined && init.method !== 'GET') {
      // A stale token (new session in another tab) gets one retry with a fresh token.
      const error = await readError(res);
      if (error.code !== BFF_ERROR_CODES.csrf) throw error;
      csrfToken = undefined;
      await refreshCsrfToken();
      res = await send(path, init);
    }
    if (!res.ok) {
      const error = await readError(res);
      if (error.status === 401 && path !== SESSION_PATH) onUnauthenticated?.();
      throw error;
    }
    if (schema === null || res.status === 204) return undefined as T;
    const json: unknown = await res.json().catch(() => undefined);
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new ApiError({
        status: res.status,
        code: CLIENT_ERROR_CODES.invalidResponse,
        message: `Unexpected response from ${path}: ${parsed.error.issues[0]?.message ?? ''}`,
        requestId: res.headers.get('X-Request-Id') ?? undefined,
      });
    }
    return parsed.data;
  }

  /** Calls a route of the contracts route table: the URL, method and response schema come from it. */
  function call<R extends RouteDef>(route: R, input: RouteInput<R>): Promise<RouteResponse<R>> {
    const { params, query, body, idempotencyKey, signal } = input as CallOptions<R> & {
      params?: RouteParams<R>;
      body?: unknown;
    };
    const schema = route.status === 204 ? null : (route.response ?? z.unknown());
    const url = routeUrl(route, params ?? ({} as RouteParams<R>));
    return request(url, schema as z.ZodType<RouteResponse<R>> | null, {
      method: route.method.toUpperCase() as Method,
      query: query as Record<string, QueryValue> | undefined,
      body,
      idempotencyKey,
      signal,
    });
  }

  /**
   * Runs `run`, answering a GET of `url` that it makes at once with `response` (a request the
   * page started before the app booted) instead of asking the BFF again. Without a response, or
   * when `run` asks later or for another URL, requests go out as usual.
   */
  function adopting<T>(url: string, response: Promise<Response> | undefined, run: () => T): T {
    if (response === undefined) return run();
    adopted.set(url, response);
    try {
      return run();
    } finally {
      adopted.delete(url);
    }
  }

  return {
    request,
    call,
    adopting,
    get: <T>(path: string, schema: z.ZodType<T>, query?: Record<string, QueryValue>) =>
      request(path, schema, { query }),
    setCsrfToken: (token: string | undefined) => {
      csrfToken = token;
    },
    setUnauthenticatedHandler: (handler: (() => void) | undefined) => {
      onUnauthenticated = handler;
    },
  };
}

export type BffClient = ReturnType<typeof createBffClient>;

/** The app's one client instance. */
export const bffClient = createBffClient();
