import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { ApiError } from '../../../lib/api-error';
import type { FormErrors } from '../../../lib/form-validation';
import { translateValidation } from '../../../lib/validation-message';

type Rule = [RegExp, (t: TFunction, m: RegExpMatchArray) => string];

// The VPN contracts' own messages (English) → the UI language; others go to the shared rules.
const RULES: Rule[] = [
  [/^must be one of the offered bandwidths$/, (t) => t('vpn.validation.bandwidth')],
  [/^must be one of the offered connection counts$/, (t) => t('vpn.validation.sslConnections')],
  [
    /^must be IPv4 CIDR blocks such as .*\("(.*)" is not\)$/,
    (t, m) => t('vpn.validation.subnets', { value: m[1] }),
  ],
  [/^at most 10 CIDR blocks$/, (t) => t('vpn.validation.subnetCount')],
  [/^a CIDR block is listed twice$/, (t) => t('vpn.validation.subnetDuplicate')],
  [/^may contain only visible ASCII characters, no spaces$/, (t) => t('vpn.validation.psk')],
  [/^must not be in 100\.64\/10/, (t) => t('vpn.validation.reservedIp')],
  [/^must be an ASN/, (t) => t('vpn.validation.asn')],
  [/seconds/, (t) => t('vpn.validation.lifetime')],
  [/^give a name or a description to change$/, (t) => t('vpn.validation.nothingToChange')],
];

/** Translates a VPN validation message, falling back to the shared translations. */
export function translateVpnValidation(t: TFunction, message: string): string {
  for (const [re, render] of RULES) {
    const m = message.match(re);
    if (m) return render(t, m);
  }
  return translateValidation(t, message);
}

/** Validates form values with a contracts schema (the BFF's own rules) before sending. */
export function validateVpnForm<V>(
  schema: z.ZodType,
  toRequest: (values: V) => unknown,
  t: TFunction,
): (values: V) => FormErrors {
  return (values) => {
    const result = schema.safeParse(toRequest(values));
    if (result.success) return {};
    const errors: FormErrors = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      errors[path] ??= translateVpnValidation(t, issue.message);
    }
    return errors;
  };
}

/** The server's field errors (`fields`) as form errors, translated where we know the message. */
export function vpnServerFieldErrors(error: ApiError, t: TFunction): FormErrors {
  const errors: FormErrors = {};
  for (const f of error.fields) errors[f.path] ??= translateVpnValidation(t, f.message);
  return errors;
}
