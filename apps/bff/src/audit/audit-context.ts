import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';

/** One upstream mutation seen while an audited operation ran. */
export interface UpstreamCall {
  method: string;
  requestId?: string;
}

/** What the audit trail learns about a request beyond what the routes pass to the seam. */
export interface AuditRequestContext {
  ip?: string;
  userAgent?: string;
  /** The BFF's `X-Request-Id` (pino-http's `req.id`). */
  bffRequestId?: string;
  /** Upstream mutations of the current `audited()` run, in completion order. */
  upstream: UpstreamCall[];
}

const storage = new AsyncLocalStorage<AuditRequestContext>();

/** The context of the request being handled, if any. */
export function currentAuditContext(): AuditRequestContext | undefined {
  return storage.getStore();
}

/** Runs `fn` with a fresh upstream-call list, keeping the request's fields. */
export function withUpstreamCapture<T>(fn: () => Promise<T>): {
  calls: UpstreamCall[];
  result: Promise<T>;
} {
  const calls: UpstreamCall[] = [];
  const parent = storage.getStore();
  return { calls, result: storage.run({ ...parent, upstream: calls }, fn) };
}

/**
 * Opens the audit context of each API request (ip, user agent, request ID). Mount after the body
 * parser: stream callbacks run outside the context, handlers called from `next()` inside it.
 */
export function auditRequestContext(): RequestHandler {
  return (req, _res, next) => {
    const id = (req as { id?: unknown }).id;
    const ctx: AuditRequestContext = {
      ip: req.ip,
      userAgent: req.get('user-agent')?.slice(0, 512),
      bffRequestId: typeof id === 'string' || typeof id === 'number' ? String(id) : undefined,
      upstream: [],
    };
    storage.run(ctx, next);
  };
}

const READ_METHOD = /^(describe|list)/;
const READ_ACTION = /^(Describe|List)/;

function requestIdOf(result: unknown): string | undefined {
  const rid = (result as { RequestId?: unknown } | undefined)?.RequestId;
  return typeof rid === 'string' ? rid : undefined;
}

/**
 * Wraps a VPC client so each upstream mutation's `RequestId` lands in the current audit context:
 * the services return mapped objects without it, and an auditor needs it for Alibaba support.
 * Reads pass through untouched.
 */
export function captureUpstreamRequestIds<C extends object>(client: C): C {
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      const fn = (value as (...args: unknown[]) => unknown).bind(target);
      if (typeof prop !== 'string' || prop === 'close' || READ_METHOD.test(prop)) return fn;
      return async (...args: unknown[]) => {
        if (prop === 'call' && READ_ACTION.test(String(args[0]))) return fn(...args);
        const method = prop === 'call' ? String(args[0]) : prop;
        const result = await fn(...args);
        storage.getStore()?.upstream.push({ method, requestId: requestIdOf(result) });
        return result;
      };
    },
  });
}
