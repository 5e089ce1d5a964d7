import { AsyncLocalStorage } from 'node:async_hooks';
import type { Interceptor } from '@gc/vpc-client';
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
  /** The BFF's `X-Request-Id` (`req.id`, see http/request-logger.ts). */
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

function requestIdOf(result: unknown): string | undefined {
  const rid = (result as { RequestId?: unknown } | undefined)?.RequestId;
  return typeof rid === 'string' ? rid : undefined;
}

/**
 * Client interceptor: each upstream mutation's `RequestId` lands in the current audit context
 * (the services return mapped objects without it, and an auditor needs it for Alibaba support).
 * Reads pass through untouched. Place it inside the read cache so it sees real upstream calls.
 */
export function auditCaptureInterceptor(): Interceptor {
  return async (ctx, next) => {
    if (ctx.isRead) return next(ctx);
    const result = await next(ctx);
    storage.getStore()?.upstream.push({ method: ctx.action, requestId: requestIdOf(result) });
    return result;
  };
}
