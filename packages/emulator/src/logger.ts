import { pino } from 'pino';
import type { Logger } from 'pino';

// Secrets never reach a log line (common brief): signature material, credentials, IPsec
// pre-shared keys (also nested in flattened TunnelOptionsSpecification.N.TunnelIkeConfig.Psk).
const SECRET_PARAM =
  /(^|\.)(Signature|AccessKeyId|AccessKeySecret|SecurityToken|Psk|AuthKey|IkeConfig|TunnelIkeConfig)$/i;

/** A copy of the params with secret values replaced by `[REDACTED]`. */
export function redactParams(params: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) out[k] = SECRET_PARAM.test(k) ? '[REDACTED]' : v;
  return out;
}

/** The request logger: `false` silences it; default JSON lines at info, silent under Vitest. */
export function createLogger(option: false | Logger | undefined): Logger {
  if (option === false) return pino({ level: 'silent' });
  if (option) return option;
  return pino({ name: 'vpc-emulator', level: process.env.VITEST ? 'silent' : 'info' });
}
