import { Agent, errors, request } from 'undici';
import type { Dispatcher } from 'undici';
import { VpcNetworkError, VpcTimeoutError } from './errors.ts';
import type { TimeoutPhase } from './errors.ts';
import type { Redactor } from './redact.ts';

/** Timeouts of the shared keep-alive agent. */
export interface TransportTimeouts {
  connectMs?: number;
  headersMs?: number;
  bodyMs?: number;
}

/** One HTTP exchange to send. */
export interface HttpRequest {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

/** A complete HTTP answer (body read in full). */
export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Defaults: connect 5 s, first header byte 15 s, body idle 30 s. */
export const DEFAULT_TIMEOUTS: Required<TransportTimeouts> = {
  connectMs: 5_000,
  headersMs: 15_000,
  bodyMs: 30_000,
};

const TIMEOUT_CODES: Record<string, TimeoutPhase> = {
  UND_ERR_CONNECT_TIMEOUT: 'connect',
  UND_ERR_HEADERS_TIMEOUT: 'headers',
  UND_ERR_BODY_TIMEOUT: 'body',
};

/** Sends requests over one keep-alive undici Agent and maps failures to typed errors. */
export class Transport {
  readonly #agent: Dispatcher;
  // A dispatcher given by the caller is theirs to close.
  readonly #ownsAgent: boolean;
  readonly #timeouts: Required<TransportTimeouts>;
  #closing: Promise<void> | undefined;

  /** @param timeouts merged over DEFAULT_TIMEOUTS; @param dispatcher used instead of our own agent. */
  constructor(timeouts: TransportTimeouts = {}, dispatcher?: Dispatcher) {
    this.#timeouts = { ...DEFAULT_TIMEOUTS, ...timeouts };
    this.#ownsAgent = dispatcher === undefined;
    this.#agent =
      dispatcher ??
      new Agent({
        connect: { timeout: this.#timeouts.connectMs },
        headersTimeout: this.#timeouts.headersMs,
        bodyTimeout: this.#timeouts.bodyMs,
        keepAliveTimeout: 10_000,
      });
  }

  /** Sends one attempt; throws VpcTimeoutError / VpcNetworkError, or the signal's reason. */
  async send(
    action: string,
    req: HttpRequest,
    redact: Redactor,
    signal?: AbortSignal,
  ): Promise<HttpResponse> {
    try {
      const res = await request(req.url, {
        dispatcher: this.#agent,
        method: req.method,
        headers: req.headers,
        body: req.body,
        signal,
      });
      const body = await res.body.text();
      return { status: res.statusCode, headers: res.headers, body };
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw this.#mapError(action, error, redact);
    }
  }

  /** Closes the agent's sockets; later calls return the same promise. */
  close(): Promise<void> {
    this.#closing ??= this.#ownsAgent ? this.#agent.close() : Promise.resolve();
    return this.#closing;
  }

  #mapError(action: string, error: unknown, redact: Redactor): Error {
    const code = errorCode(error);
    const phase = code === undefined ? undefined : TIMEOUT_CODES[code];
    if (phase) {
      const limit = { connect: 'connectMs', headers: 'headersMs', body: 'bodyMs' } as const;
      const ms = this.#timeouts[limit[phase]];
      return new VpcTimeoutError(action, phase, `${action}: ${phase} timeout after ${ms} ms`);
    }
    const detail = error instanceof Error ? redact(error.message) : 'unknown error';
    const suffix = code ? ` (${code})` : '';
    return new VpcNetworkError(action, `${action}: network error: ${detail}${suffix}`, error);
  }
}

function errorCode(error: unknown): string | undefined {
  if (error instanceof errors.UndiciError) return error.code;
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}
