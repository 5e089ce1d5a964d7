import type { Credentials } from '@gc/signer';
import { ACTIONS, isReadAction, methodName, pinnedMethod, placementOf } from './action-table.ts';
import type { ActionName, CallOptions, VpcActionMethods } from './action-table.ts';
import { buildRequest } from './build-request.ts';
import { flattenParams } from './flatten-params.ts';
import { readResponse } from './read-response.ts';
import { createRedactor } from './redact.ts';
import type { Redactor } from './redact.ts';
import { DEFAULT_RETRY, decideRetry } from './retry-policy.ts';
import type { RetryOptions } from './retry-policy.ts';
import type { ObjectSchema } from './schema.ts';
import { sleep } from './sleep.ts';
import { composeInterceptors } from './interceptors.ts';
import type { Interceptor, InterceptorContext, InterceptorNext } from './interceptors.ts';
import { Transport } from './transport.ts';
import type { Dispatcher } from 'undici';
import { regionalEndpoints } from './endpoints.ts';
import { VpcApiError } from './errors.ts';
import type { RateBudget } from './rate-budget.ts';
import { classifyCode } from './retry-policy.ts';
import type { RegionalEndpoints } from './endpoints.ts';
import type { TransportTimeouts } from './transport.ts';

/** Where log lines go; pino's logger fits. Lines never carry credentials or signatures. */
export interface VpcClientLogger {
  debug(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

/** Options of `new VpcClient(...)`. */
export interface VpcClientOptions {
  /**
   * One endpoint for every region (`http://127.0.0.1:PORT` for the emulator). Absent: each call
   * goes to its region's endpoint, as the official SDK resolves it (README "Endpoints").
   */
  endpoint?: string;
  /** Per-region endpoint URLs, winning over `endpoint` and the regional rule. */
  regionEndpoints?: Readonly<Record<string, string>>;
  /**
   * The account's call budget: every attempt (retries too) waits its turn, and throttling
   * answers slow it down. Share one instance among all clients that use the same account.
   */
  rateBudget?: RateBudget;
  /** Send through this undici dispatcher (a proxy agent; MockAgent in tests) instead of our own pool. */
  dispatcher?: Dispatcher;
  /** A fixed pair, or a function called before every attempt (STS refresh). */
  credentials: Credentials | (() => Promise<Credentials>);
  /** Default GET (query string); POST sends a form body. */
  method?: 'GET' | 'POST';
  /** Default XML, as in the docs; both parse to the same objects. */
  format?: 'XML' | 'JSON';
  /** Default '1.0'; 'v3' is ACS3-HMAC-SHA256 (POST, params in the query). */
  signatureVersion?: '1.0' | 'v3';
  timeouts?: TransportTimeouts;
  retry?: Partial<RetryOptions>;
  logger?: VpcClientLogger;
  /** Run around every call, first outermost; see README "Interceptors". */
  interceptors?: readonly Interceptor[];
}

// Lets `withInterceptors` hand its keep-alive pool to the new client without a public option.
const sharedTransport = Symbol('sharedTransport');
// …and its endpoint resolver, so endpoints learned from DescribeRegions serve both clients.
const sharedEndpoints = Symbol('sharedEndpoints');
type InternalOptions = VpcClientOptions & {
  [sharedTransport]?: Transport;
  [sharedEndpoints]?: RegionalEndpoints;
};

type Params = Record<string, string | number | boolean | undefined>;

/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type --
   the typed methods are installed from the action table (static block below), so the class
   declares them through this merged interface instead of 45 identical method bodies. */
/** The typed methods of VpcClient, one per action (`describeNatGateways`, …). */
export interface VpcClient extends VpcActionMethods {}

/** Typed client of the VPC API 2016-04-28: signs, sends, retries and parses every action. */
export class VpcClient {
  /* eslint-enable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type */
  readonly #options: VpcClientOptions;
  readonly #endpoint: URL;
  readonly #retry: RetryOptions;
  readonly #transport: Transport;
  readonly #endpoints: RegionalEndpoints | undefined;
  readonly #interceptors: readonly Interceptor[];
  readonly #stack: InterceptorNext;
  readonly #urls = new Map<string, URL>();

  static {
    for (const action of Object.keys(ACTIONS) as ActionName[]) {
      const schema = ACTIONS[action].response;
      Object.defineProperty(VpcClient.prototype, methodName(action), {
        value(this: VpcClient, request: object = {}, options: CallOptions = {}) {
          return this.#run(action, request as Record<string, unknown>, options, schema);
        },
        writable: true,
        configurable: true,
      });
    }
  }

  /** @param options endpoint, credentials, wire method/format, timeouts, retry, logger. */
  constructor(options: VpcClientOptions) {
    this.#options = options;
    this.#endpoint = parseEndpoint(options.endpoint ?? 'https://vpc.aliyuncs.com');
    this.#retry = { ...DEFAULT_RETRY, ...options.retry };
    const internal = options as InternalOptions;
    this.#transport =
      internal[sharedTransport] ?? new Transport(options.timeouts, options.dispatcher);
    // A fixed endpoint alone needs no resolution: those calls keep the direct path.
    const regional = options.endpoint === undefined || options.regionEndpoints !== undefined;
    for (const url of Object.values(options.regionEndpoints ?? {})) parseEndpoint(url);
    this.#endpoints = regional
      ? (internal[sharedEndpoints] ??
        regionalEndpoints({ fixed: options.endpoint, overrides: options.regionEndpoints }))
      : undefined;
    this.#interceptors = [
      ...(this.#endpoints ? [this.#endpoints.interceptor] : []),
      ...(options.interceptors ?? []),
    ];
    this.#stack = composeInterceptors(this.#interceptors, (ctx) =>
      this.#invoke(ctx.action, ctx.params, ctx.options, schemaOf(ctx.action)),
    );
  }

  /**
   * A client with `interceptors` added after this one's, sharing its connections: for code that
   * receives a built client (the BFF's `createApp`). Closing either closes the shared pool.
   */
  withInterceptors(interceptors: readonly Interceptor[]): VpcClient {
    const options: InternalOptions = {
      ...this.#options,
      interceptors: [...(this.#options.interceptors ?? []), ...interceptors],
      [sharedTransport]: this.#transport,
      ...(this.#endpoints ? { [sharedEndpoints]: this.#endpoints } : {}),
    };
    return new VpcClient(options);
  }

  /** Low-level: one action with already-flattened params; parsed, normalised body. */
  call<T>(action: string, params: Params, opts: CallOptions = {}): Promise<T> {
    return this.#run(action, params, opts, schemaOf(action)) as Promise<T>;
  }

  #run(
    action: string,
    params: Record<string, unknown>,
    options: CallOptions,
    schema: ObjectSchema | undefined,
  ): Promise<Record<string, unknown>> {
    if (this.#interceptors.length === 0) {
      return this.#invoke(action, params, options, schema);
    }
    const ctx: InterceptorContext = { action, params, isRead: isReadAction(action), options };
    return this.#stack(ctx);
  }

  /** The endpoint URL a call in `regionId` goes to (for status pages and tests). */
  endpointFor(regionId: string): string {
    return this.#endpoints?.resolve(regionId) ?? this.#endpoint.href;
  }

  /** Closes the keep-alive connections. */
  close(): Promise<void> {
    return this.#transport.close();
  }

  async #invoke(
    action: string,
    request: object,
    options: CallOptions,
    schema: ObjectSchema | undefined,
  ): Promise<Record<string, unknown>> {
    const placement = placementOf(action);
    const params = flattenParams(request as Record<string, unknown>, placement?.unindexed);
    if (options.clientToken !== undefined) params.ClientToken = options.clientToken;
    // Reads always repeat safely; a mutation only with its ClientToken, the same token on every
    // attempt, so the API returns the first result instead of acting twice (REFERENCE §5.3).
    const safeToRepeat = isReadAction(action) || Boolean(params.ClientToken);
    for (let attempt = 1; ; attempt++) {
      options.signal?.throwIfAborted();
      const credentials = await this.#credentials();
      const secrets = [
        credentials.accessKeyId,
        credentials.accessKeySecret,
        credentials.securityToken,
      ];
      let redact = createRedactor(secrets);
      await this.#options.rateBudget?.take(action, regionOf(params), options.signal);
      const started = Date.now();
      try {
        const req = buildRequest({
          endpoint: options.endpoint ? this.#url(options.endpoint) : this.#endpoint,
          method: pinnedMethod(action) ?? this.#options.method ?? 'GET',
          ...(pinnedMethod(action) ? { pinnedMethod: 'GET' as const } : {}),
          format: this.#options.format ?? 'XML',
          signatureVersion: this.#options.signatureVersion ?? '1.0',
          action,
          params,
          ...(placement?.body ? { bodyParams: placement.body } : {}),
          credentials,
        });
        redact = createRedactor([...secrets, req.signature]);
        const res = await this.#transport.send(action, req, redact, options.signal);
        const log = { action, attempt, httpStatus: res.status, ms: Date.now() - started };
        this.#options.logger?.debug(log, 'vpc api call');
        const parsed = readResponse(action, res, schema, redact);
        this.#options.rateBudget?.settle(action, regionOf(params), false);
        return parsed;
      } catch (error) {
        // Only an answer says anything about the rate; a lost connection does not.
        if (error instanceof VpcApiError)
          this.#options.rateBudget?.settle(
            action,
            regionOf(params),
            isRateThrottling(error),
            (error.retryAfterSeconds ?? 0) * 1000,
          );
        if (options.signal?.aborted) throw error;
        const decision = decideRetry({ error, attempt, safeToRepeat }, this.#retry);
        const info = describeFailure(error, redact);
        if (!decision.retry) {
          this.#options.logger?.debug(
            { action, attempt, ...info, reason: decision.reason },
            'vpc api call failed',
          );
          throw error;
        }
        this.#options.logger?.warn(
          { action, attempt, ...info, kind: decision.kind, delayMs: decision.delayMs },
          'vpc api call retried',
        );
        await sleep(decision.delayMs, options.signal);
      }
    }
  }

  #url(endpoint: string): URL {
    let url = this.#urls.get(endpoint);
    if (!url) {
      url = parseEndpoint(endpoint);
      this.#urls.set(endpoint, url);
    }
    return url;
  }

  async #credentials(): Promise<Credentials> {
    const source = this.#options.credentials;
    return typeof source === 'function' ? source() : source;
  }
}

const regionOf = (params: Record<string, unknown>) =>
  typeof params.RegionId === 'string' ? params.RegionId : '';

// Throttling.DeepPageSkip is about the page asked for, not the rate (REFERENCE §2.2).
const isRateThrottling = (error: unknown) =>
  error instanceof VpcApiError &&
  error.code !== 'Throttling.DeepPageSkip' &&
  classifyCode(error.code, error.httpStatus) === 'throttling';

function schemaOf(action: string): ObjectSchema | undefined {
  return (ACTIONS as Record<string, { response: ObjectSchema } | undefined>)[action]?.response;
}

// Only codes, ids and redacted messages reach the logger.
function describeFailure(error: unknown, redact: Redactor): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: 'unknown' };
  const fields: Record<string, unknown> = { error: error.name, message: redact(error.message) };
  for (const key of ['code', 'httpStatus', 'requestId', 'phase'] as const) {
    if (key in error) fields[key] = (error as unknown as Record<string, unknown>)[key];
  }
  return fields;
}

function parseEndpoint(endpoint: string): URL {
  const url = URL.canParse(endpoint) ? new URL(endpoint) : undefined;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new TypeError(`VpcClientOptions.endpoint must be an http(s) URL, got "${endpoint}"`);
  }
  return url;
}
