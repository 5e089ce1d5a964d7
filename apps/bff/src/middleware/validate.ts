import type { z } from 'zod';
import { issueKey, type FieldError } from '@gc/contracts';
import { InputError } from '../errors.ts';

/** Turns zod issues into `{ path, message, key, params }` entries with dotted paths (`tags.0.key`). */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
    ...issueKey(issue),
  }));
}

/** Parses `value` with a contracts schema, or throws a 400 that names every bad field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: 'body' | 'query' | 'path',
): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const fields = toFieldErrors(result.error);
  const first = fields[0];
  const summary = first ? `${first.path}: ${first.message}` : 'invalid';
  throw new InputError(`Invalid request ${what}: ${summary}`, fields);
}
