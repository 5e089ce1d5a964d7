import { issueKey, type FieldError } from '@gc/contracts';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { ApiError } from './api-error';
import { formatChargeType } from './format';

export type FormErrors = Record<string, string>;

/** Maps a request body path (`ikeConfig.ikeLifetime`) to the form field holding it (`ike.ikeLifetime`). */
export type FormPath = (bodyPath: string) => string;

const samePath: FormPath = (path) => path;

/**
 * A contracts message in the UI language: `validation.<key>` with its params, the same on the
 * client (zod issue) and from the server (400 field error); the English text when the key is unknown.
 */
export function translateMessage(
  t: TFunction,
  { key, params, message }: Pick<FieldError, 'key' | 'params' | 'message'>,
): string {
  if (key === undefined) return message;
  // Keys come from the contracts at run time, so they cannot be checked against en.json here;
  // i18n.test.ts checks that every contracts key has a translation.
  // A charge type in a message is an API enum: it reads in the UI language like everywhere else.
  const chargeType = params?.chargeType;
  const words =
    typeof chargeType === 'string' ? { chargeType: formatChargeType(chargeType, t) } : {};
  return t(`validation.${key}` as 'validation.required', {
    ...params,
    ...words,
    defaultValue: message,
  });
}

/**
 * The one client-side validation path: the form's values mapped to the request body and parsed
 * with the contracts schema the BFF uses, each issue translated by its key on its form field.
 * An empty object means valid.
 */
export function validateWith<V, R>(
  schema: z.ZodType<R>,
  toRequest: (values: V) => unknown,
  t: TFunction,
  formPath: FormPath = samePath,
): (values: V) => FormErrors {
  return (values) => {
    const result = schema.safeParse(toRequest(values));
    const errors: FormErrors = {};
    if (result.success) return errors;
    for (const issue of result.error.issues) {
      const path = formPath(issue.path.map(String).join('.'));
      errors[path] ??= translateMessage(t, { message: issue.message, ...issueKey(issue) });
    }
    return errors;
  };
}

/** A server 400's field errors, split into those the form shows and the rest for its summary. */
export interface PlacedFieldErrors {
  /** On the form's own fields (paths the form's values have). */
  fields: FormErrors;
  /** Translated, prefixed with the field's path: no field of the form shows them. */
  unplaced: string[];
}

/**
 * The one mapping of the server's `fields`: an error lands on the form's field when the form has
 * that path in its values, otherwise in `unplaced`, which the form's error summary lists, so no
 * field error is lost.
 */
export function serverFieldErrors(
  error: ApiError,
  t: TFunction,
  values: object,
  formPath: FormPath = samePath,
): PlacedFieldErrors {
  const placed: PlacedFieldErrors = { fields: {}, unplaced: [] };
  for (const field of error.fields) {
    const text = translateMessage(t, field);
    const path = formPath(field.path);
    if (hasPath(values, path)) placed.fields[path] ??= text;
    else placed.unplaced.push(field.path === '(root)' ? text : `${field.path}: ${text}`);
  }
  return placed;
}

function hasPath(values: object, path: string): boolean {
  let node: unknown = values;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return node !== undefined;
}

/** Trims a string and turns '' into undefined (optional request fields). */
export function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
