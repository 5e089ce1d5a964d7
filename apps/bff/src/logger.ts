import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type DestinationStream, type Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';

/**
 * Paths pino blanks out wherever they appear: credentials, signatures, cookies, passwords and
 * the CSRF token (common brief: secrets never reach a log).
 */
export const REDACT_PATHS = [
  'password',
  '*.password',
  'accessKeySecret',
  '*.accessKeySecret',
  '*.AccessKeySecret',
  'accessKeyId',
  '*.accessKeyId',
  '*.AccessKeyId',
  '*.secret',
  '*.Signature',
  '*.signature',
  '*.securityToken',
  '*.SecurityToken',
  '*.csrfToken',
  '*.sessionSecret',
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'err.config',
];

/** The BFF's logger; `destination` lets tests capture every line. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    { level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: { service: 'bff' } },
    destination,
  );
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

/**
 * pino-http with request IDs: the BFF's own UUID, echoed as `X-Request-Id`; a valid incoming
 * `X-Request-Id` is logged as `clientRequestId` on every line of the request.
 */
export function createHttpLogger(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId(_req: IncomingMessage, res: ServerResponse) {
      const id = randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customProps(req: IncomingMessage) {
      const client = clientRequestId(req);
      return client === undefined ? {} : { clientRequestId: client };
    },
    customLogLevel(_req, res, err) {
      if (err || res.statusCode >= 500) return 'error';
      return res.statusCode >= 400 ? 'warn' : 'info';
    },
    serializers: {
      req(req: { id: unknown; method: string; url: string }) {
        // The URL only: headers carry cookies and tokens, the query may carry nothing useful.
        return { id: req.id, method: req.method, url: req.url };
      },
      res(res: { statusCode: number }) {
        return { statusCode: res.statusCode };
      },
    },
  });
}
