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

/** pino-http with request IDs: a sane incoming `X-Request-Id` is kept, otherwise a UUID; echoed back. */
export function createHttpLogger(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const incoming = req.headers['x-request-id'];
      const id =
        typeof incoming === 'string' && REQUEST_ID_RE.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
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
