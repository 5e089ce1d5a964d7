/** Fields of an API error envelope (REFERENCE §2.3) plus what the client knows about the call. */
export interface VpcApiErrorInit {
  action: string;
  code: string;
  message: string;
  httpStatus: number;
  retryable: boolean;
  requestId?: string;
  hostId?: string;
  recommend?: string;
  /** Seconds from the `x-acs-retry-after` header of a throttled answer. */
  retryAfterSeconds?: number;
}

/** The API answered with an error envelope (or an unusable body). Its message is redacted. */
export class VpcApiError extends Error {
  override name = 'VpcApiError';
  readonly action: string;
  readonly code: string;
  readonly httpStatus: number;
  /** The error is transient (throttling, 5xx, busy/conflict state): a retry may succeed. */
  readonly retryable: boolean;
  readonly requestId?: string;
  readonly hostId?: string;
  readonly recommend?: string;
  readonly retryAfterSeconds?: number;

  /** @param init envelope fields; `message` must already be redacted. */
  constructor(init: VpcApiErrorInit) {
    super(init.message);
    this.action = init.action;
    this.code = init.code;
    this.httpStatus = init.httpStatus;
    this.retryable = init.retryable;
    this.requestId = init.requestId;
    this.hostId = init.hostId;
    this.recommend = init.recommend;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

/** The connection failed (refused, reset, closed before a full answer). */
export class VpcNetworkError extends Error {
  override name = 'VpcNetworkError';
  /** @param cause the underlying undici/system error, kept for debugging. */
  constructor(
    readonly action: string,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** Which phase of an attempt ran out of time. */
export type TimeoutPhase = 'connect' | 'headers' | 'body';

/** An attempt timed out while connecting, waiting for headers or reading the body. */
export class VpcTimeoutError extends Error {
  override name = 'VpcTimeoutError';
  /** @param phase connect, headers or body (undici's three timeouts). */
  constructor(
    readonly action: string,
    readonly phase: TimeoutPhase,
    message: string,
  ) {
    super(message);
  }
}

/** `waitFor()` gave up before the predicate held. */
export class WaitTimeoutError extends Error {
  override name = 'WaitTimeoutError';
  /** @param lastValue the last value the probe returned, if any. */
  constructor(
    message: string,
    readonly lastValue?: unknown,
  ) {
    super(message);
  }
}
