import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { FormErrors } from '../../../lib/form-validation';
import { translateValidation } from '../../../lib/validation-message';

type Rule = [RegExp, (t: TFunction, m: RegExpMatchArray) => string];

// The IPv6 contracts' own English messages; the shared ones go through translateValidation.
const RULES: Rule[] = [
  [/^must be a whole number of Mbit\/s$/, (t) => t('ipv6.validation.wholeMbps')],
  [/^must be at least 1 Mbit\/s$/, (t) => t('ipv6.validation.minMbps')],
  [
    /^must be at most (\d+) Mbit\/s with (\w+)$/,
    (t, m) => t('ipv6.validation.maxMbps', { n: m[1], chargeType: m[2] }),
  ],
];

/** Translates a validation message of the IPv6 schemas (or a shared one). */
export function translateIpv6Validation(t: TFunction, message: string): string {
  for (const [re, render] of RULES) {
    const m = message.match(re);
    if (m) return render(t, m);
  }
  return translateValidation(t, message);
}

/** Like `validateWith`, with the IPv6 messages translated too. */
export function validateIpv6<V, R>(
  schema: z.ZodType<R>,
  toRequest: (values: V) => unknown,
  t: TFunction,
): (values: V) => FormErrors {
  return (values) => {
    const result = schema.safeParse(toRequest(values));
    const errors: FormErrors = {};
    if (result.success) return errors;
    for (const issue of result.error.issues) {
      errors[issue.path.map(String).join('.')] ??= translateIpv6Validation(t, issue.message);
    }
    return errors;
  };
}
