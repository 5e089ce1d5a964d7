import { createServer, IncomingMessage, ServerResponse, type Server } from 'node:http';
import type { Express } from 'express';

/** How long a client may take and how many may be connected at once. */
export interface ServerLimits {
  /** The whole request, headers and body, must arrive within this (Node's default: 300 s). */
  requestTimeoutMs: number;
  /** The headers must arrive within this; at most `requestTimeoutMs`. */
  headersTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Connections past this are closed as soon as they are accepted. */
  maxConnections: number;
}

/** The defaults of `BFF_REQUEST_TIMEOUT_MS` and its siblings (see `config.ts`). */
export const DEFAULT_SERVER_LIMITS: ServerLimits = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 15_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1024,
};

/**
 * A constructor of Node's `Base` whose instances have `prototype` from the start. Express sets
 * `app.request` / `app.response` as the prototype of every request and response it handles; on
 * an object made with another prototype, V8 then makes a new hidden class each time, and each
 * request left ~11 KB for the old generation (issue 17: major GCs every 1–2 s at 64 concurrent,
 * the BFF's p99). With the prototype already set, Express's call changes nothing.
 */
function withPrototype<C extends typeof IncomingMessage | typeof ServerResponse>(
  Base: C,
  prototype: object,
): C {
  function Message(this: object, ...args: unknown[]): void {
    Reflect.apply(Base, this, args);
  }
  Message.prototype = prototype;
  return Message as unknown as C;
}

/**
 * The BFF's HTTP server for `app`, with its limits set. Node checks the request and headers
 * deadlines only every `connectionsCheckingInterval` (default 30 s, fixed at creation), which
 * would let a slow body live up to twice a 30 s timeout; the interval here is a quarter of the
 * shorter deadline. Requests and responses are made with Express's prototypes (see
 * {@link withPrototype}).
 */
export function createHttpServer(app: Express, limits: ServerLimits): Server {
  const shortest = Math.min(limits.requestTimeoutMs, limits.headersTimeoutMs);
  const server = createServer(
    {
      IncomingMessage: withPrototype(IncomingMessage, app.request),
      ServerResponse: withPrototype(ServerResponse, app.response),
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.max(25, Math.min(1000, Math.floor(shortest / 4))),
    },
    app,
  );
  server.maxConnections = limits.maxConnections;
  return server;
}

/** Listens and resolves once bound; rejects with the listen error (e.g. `EADDRINUSE`). */
export function listen(server: Server, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
