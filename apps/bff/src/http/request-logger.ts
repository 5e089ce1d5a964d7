import { randomUUID } from 'node:crypto';
import { IncomingMessage, type ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

declare module 'node:http' {
  interface IncomingMessage {
    /** The BFF's own request ID (a UUID), echoed as `X-Request-Id`. */
    id: string;
    /** The request's logger: every line carries `req` (id, method, URL) and `clientRequestId`. */
    log: Logger;
  }
}

const REQUEST_ID_RE = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The caller's `X-Request-Id` when it is 1–128 characters of `[A-Za-z0-9._:-]`, else undefined
 * (ignored, not an error). It is only ever logged beside the BFF's own ID, never used as it: a
 * client must not choose the ID that responses, logs and audit entries are correlated by.
 */
export function clientRequestId(req: IncomingMessage): string | undefined {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID_RE.test(incoming) ? incoming : undefined;
}

/** The fields every line of a request carries, in pino-http's order (the lines are unchanged). */
function bindingsOf(req: IncomingMessage & { originalUrl?: string }): Record<string, unknown> {
  const client = clientRequestId(req);
  const bound = { req: { id: req.id, method: req.method, url: req.originalUrl || req.url } };
  return client === undefined ? bound : { ...bound, clientRequestId: client };
}

const BASE_LOGGER = Symbol('the app logger a request logs through');
const CHILD_LOGGER = Symbol("the request's child logger");
type LoggedRequest = IncomingMessage & { [BASE_LOGGER]?: Logger; [CHILD_LOGGER]?: Logger };

// `req.log` is one accessor on the prototype, not one defined on each request: an accessor with
// new functions per request gave every request its own hidden class, which V8 keeps in old space
// until a full GC (issue 17: a third of what a BFF request left for the old generation).
Object.defineProperty(IncomingMessage.prototype, 'log', {
  configurable: true,
  get(this: LoggedRequest): Logger | undefined {
    const base = this[BASE_LOGGER];
    if (base === undefined) return undefined;
    return (this[CHILD_LOGGER] ??= base.child(bindingsOf(this)));
  },
  set(this: LoggedRequest, value: Logger) {
    this[CHILD_LOGGER] = value;
  },
});

function levelOf(res: ServerResponse, err: unknown): 'error' | 'warn' | 'info' {
  if (err || res.statusCode >= 500) return 'error';
  return res.statusCode >= 400 ? 'warn' : 'info';
}

/**
 * Request IDs and one line per request, as pino-http wrote them (`request completed` /
 * `request errored`, `res.statusCode`, `responseTime`), without its per-request cost: the
 * child logger is made only when a handler asks for `req.log`, and nothing is listened for when
 * the level logs no request line (issue 17's profile: pino-http was 4–8% of a list request).
 */
export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const id = randomUUID();
    res.setHeader('X-Request-Id', id);
    req.id = id;
    (req as LoggedRequest)[BASE_LOGGER] = logger;
    // `error` is a request line's highest level: above it (fatal, silent) none is written.
    if (logger.isLevelEnabled('error')) {
      const started = Date.now();
      let done = false;
      const finish = (err?: unknown) => {
        if (done) return;
        done = true;
        const level = levelOf(res, err);
        if (!logger.isLevelEnabled(level)) return;
        const responseTime = Date.now() - started;
        const line = bindingsOf(req);
        if (err || res.statusCode >= 500) {
          const error = err ?? new Error(`failed with status code ${res.statusCode}`);
          logger[level](
            { ...line, res: { statusCode: res.statusCode }, err: error, responseTime },
            'request errored',
          );
        } else {
          logger[level](
            { ...line, res: { statusCode: res.statusCode }, responseTime },
            'request completed',
          );
        }
      };
      res.on('finish', () => finish());
      res.on('close', () => finish());
      res.on('error', finish);
    }
    next();
  };
}
