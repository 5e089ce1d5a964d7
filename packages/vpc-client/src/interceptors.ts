import type { CallOptions } from './action-table.ts';

/** What an interceptor sees of one call, before it reaches the wire. */
export interface InterceptorContext {
  /** The API's Action name (`DescribeNatGateways`), also for `client.call(...)`. */
  readonly action: string;
  /** The request as given: nested for typed methods, flattened for `call()`. */
  readonly params: Readonly<Record<string, unknown>>;
  /** From the action table; an action the client does not know counts as a mutation. */
  readonly isRead: boolean;
  readonly options: CallOptions;
}

/** Runs the rest of the stack (and finally the signed request) for this context. */
export type InterceptorNext = (ctx: InterceptorContext) => Promise<Record<string, unknown>>;

/** Middleware around every call: may short-circuit, rewrite the context, or observe the result. */
export type Interceptor = (
  ctx: InterceptorContext,
  next: InterceptorNext,
) => Promise<Record<string, unknown>>;

/** Chains interceptors so the first in the list runs outermost, ending with `terminal`. */
export function composeInterceptors(
  interceptors: readonly Interceptor[],
  terminal: InterceptorNext,
): InterceptorNext {
  return interceptors.reduceRight<InterceptorNext>(
    (next, interceptor) => (ctx) => interceptor(ctx, next),
    terminal,
  );
}
