import { pino, type DestinationStream, type Logger } from 'pino';

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
