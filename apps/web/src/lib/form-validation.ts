import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { ApiError } from './api-error';
import { translateValidation } from './validation-message';

export type FormErrors = Record<string, string>;

/** Turns zod issues into Mantine form errors (`tags.0.key` paths), first message per field. */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[], t: TFunction): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= translateValidation(t, issue.message);
  }
  return errors;
}

/**
 * Validates a form with the contracts schema (the same rules the BFF applies), after mapping
 * the form's values to the request body. An empty object means valid.
 */
export function validateWith<V, R>(
  schema: z.ZodType<R>,
  toRequest: (values: V) => unknown,
  t: TFunction,
): (values: V) => FormErrors {
  return (values) => {
    const result = schema.safeParse(toRequest(values));
    return result.success ? {} : issuesToErrors(result.error.issues, t);
  };
}

/**
 * The server's `fields` errors as form errors. With `values`, only paths the form has are kept
 * (an error on a field the form does not show must not vanish: the caller shows it otherwise).
 */
export function serverFieldErrors(error: ApiError, t: TFunction, values?: object): FormErrors {
  const errors: FormErrors = {};
  for (const field of error.fields) {
    const top = field.path.split('.')[0] ?? '';
    if (values !== undefined && !(top in values)) continue;
    errors[field.path] ??= translateValidation(t, field.message);
  }
  return errors;
}

/** Trims a string and turns '' into undefined (optional request fields). */
export function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
