import { z } from 'zod';
import type { ApiError } from './api-error.ts';
import {
  invalidParameter,
  malformedParam,
  missingNamed,
  missingParameter,
  schemaCodeError,
  valueNotSupportedParam,
} from './errors.ts';
import { unflatten } from './unflatten.ts';

/** An issue param carrying the API code to answer (zod custom issue `params.apiCode`). */
interface CodeParams {
  apiCode?: string;
  enum?: boolean;
}

/** Builds a params schema once, at module level (zod compiles it on first use; build it per call and every request pays that). */
export function paramsSchema<S extends z.ZodRawShape>(shape: S): z.ZodObject<S> {
  return z.object(shape);
}

/** Parses the decoded wire params against a schema (or a shape: slower); the first issue becomes an ApiError naming the field. */
export function parseParams<S extends z.ZodRawShape>(
  schema: z.ZodObject<S> | S,
  raw: Record<string, string>,
): z.output<z.ZodObject<S>> {
  const compiled = schema instanceof z.ZodObject ? schema : z.object(schema as S);
  const result = compiled.safeParse(unflatten(raw));
  if (result.success) return result.data as z.output<z.ZodObject<S>>;
  throw toApiError(result.error.issues[0], raw);
}

function fieldName(path: PropertyKey[]): string {
  // Wire names are 1-based: Tag.1.Key (REFERENCE §1.2).
  return path.map((p) => (typeof p === 'number' ? String(p + 1) : String(p))).join('.');
}

function toApiError(issue: z.core.$ZodIssue | undefined, raw: Record<string, string>): ApiError {
  if (!issue) return missingParameter('A parameter is invalid.');
  const field = fieldName(issue.path);
  const top = String(issue.path[0] ?? '');
  const custom = issue.code === 'custom' ? (issue.params as CodeParams | undefined) : undefined;
  const apiCode = custom?.apiCode;
  const missing =
    issue.code === 'invalid_type' &&
    !Object.keys(raw).some((k) => k === field || k.startsWith(`${field}.`));
  if (missing) {
    // Gateway pattern: `Missing<Name>` for a required top-level param (REFERENCE §1.4, §5.5).
    return issue.path.length === 1
      ? missingNamed(top)
      : missingParameter(`${field} is mandatory for this action.`);
  }
  if (apiCode) return schemaCodeError(apiCode, issue.message);
  const message = `The specified parameter "${field}" is not valid: ${issue.message}`;
  if (issue.path.length !== 1) return invalidParameter(message);
  const notSupported = issue.code === 'invalid_value' || custom?.enum;
  return notSupported ? valueNotSupportedParam(top, message) : malformedParam(top, message);
}

/** Raises a custom zod issue carrying an API code. */
function fail(ctx: z.RefinementCtx, message: string, apiCode?: string, isEnum = false): void {
  ctx.addIssue({
    code: 'custom',
    message,
    params: { ...(apiCode ? { apiCode } : {}), enum: isEnum },
  });
}

/** Options of string validators; `code` overrides the default `InvalidParameter.<Field>.Malformed`. */
export interface StrOptions {
  min?: number;
  max?: number;
  code?: string;
  pattern?: RegExp;
}

const HTTP_PREFIX = /^https?:\/\//i;
// Letters (incl. CJK) first, then letters, digits, `_ - . :` (REFERENCE §3.2 name rules).
const NAME_RULE = /^[\p{L}][\p{L}\p{N}_.:-]*$/u;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** True for a dotted-quad IPv4 address. */
export const isIpv4 = (s: string): boolean => IPV4.test(s);

/** True for `a.b.c.d/n` with 0 ≤ n ≤ 32. */
export function isCidr(s: string): boolean {
  const [ip, len, extra] = s.split('/');
  if (extra !== undefined || !ip || !len || !/^\d{1,2}$/.test(len)) return false;
  return isIpv4(ip) && Number(len) <= 32;
}

/** Validators of wire strings (every wire value is a string; see REFERENCE §1.2 serialisation). */
export const v = {
  /** A string with optional length bounds and pattern. */
  str: (o: StrOptions = {}) =>
    z.string().superRefine((s, ctx) => {
      if (o.min !== undefined && s.length < o.min)
        fail(ctx, `must be at least ${o.min} characters`, o.code);
      else if (o.max !== undefined && s.length > o.max)
        fail(ctx, `must be at most ${o.max} characters`, o.code);
      else if (o.pattern && !o.pattern.test(s)) fail(ctx, 'has an invalid format', o.code);
    }),
  /** A resource name: len min–max, starts with a letter or CJK character, no http(s):// prefix. */
  name: (o: StrOptions = {}) =>
    z.string().superRefine((s, ctx) => {
      const min = o.min ?? 2;
      const max = o.max ?? 128;
      if (s.length < min || s.length > max)
        fail(ctx, `must be ${min}-${max} characters long`, o.code);
      else if (HTTP_PREFIX.test(s)) fail(ctx, 'must not start with http:// or https://', o.code);
      else if (!NAME_RULE.test(s))
        fail(
          ctx,
          'must start with a letter or Chinese character and contain only letters, digits, _ - . :',
          o.code,
        );
    }),
  /** A description: empty, or len min–max, no http(s):// prefix. */
  description: (o: StrOptions = {}) =>
    z.string().superRefine((s, ctx) => {
      const min = o.min ?? 2;
      const max = o.max ?? 256;
      if (s.length > 0 && (s.length < min || s.length > max))
        fail(ctx, `must be empty or ${min}-${max} characters long`, o.code);
      else if (HTTP_PREFIX.test(s)) fail(ctx, 'must not start with http:// or https://', o.code);
    }),
  /** A decimal integer within bounds. */
  int: (o: { min?: number; max?: number; code?: string } = {}) =>
    z
      .string()
      .superRefine((s, ctx) => {
        if (!/^-?\d{1,15}$/.test(s)) return fail(ctx, 'must be an integer', o.code);
        const n = Number(s);
        if ((o.min !== undefined && n < o.min) || (o.max !== undefined && n > o.max))
          fail(ctx, `must be between ${o.min ?? '-∞'} and ${o.max ?? '∞'}`, o.code);
      })
      .transform(Number),
  /** `true`/`false`, case-insensitive (REFERENCE §1.2: SDKs send toString()). */
  bool: (code?: string) =>
    z
      .string()
      .superRefine((s, ctx) => {
        if (!/^(true|false)$/i.test(s)) fail(ctx, 'must be true or false', code);
      })
      .transform((s) => s.toLowerCase() === 'true'),
  /** One of `values`; case-insensitive when `ci`, returning the canonical spelling. */
  oneOf: <T extends string>(values: readonly T[], o: { ci?: boolean; code?: string } = {}) =>
    z
      .string()
      .superRefine((s, ctx) => {
        const ok = values.some((x) => (o.ci ? x.toLowerCase() === s.toLowerCase() : x === s));
        if (!ok) fail(ctx, `must be one of ${values.join(', ')}`, o.code, true);
      })
      .transform((s) => values.find((x) => x.toLowerCase() === s.toLowerCase()) as T),
  /** An IPv4 address. */
  ipv4: (code?: string) =>
    z.string().superRefine((s, ctx) => {
      if (!isIpv4(s)) fail(ctx, 'must be an IPv4 address', code);
    }),
  /** An IPv4 CIDR block. */
  cidr: (code?: string) =>
    z.string().superRefine((s, ctx) => {
      if (!isCidr(s)) fail(ctx, 'must be an IPv4 CIDR block such as 192.168.0.0/24', code);
    }),
  /** A ClientToken: ≤64 ASCII characters (REFERENCE §5.3). */
  clientToken: () =>
    z.string().superRefine((s, ctx) => {
      if (s.length === 0 || s.length > 64 || !/^[\x20-\x7e]+$/.test(s))
        fail(ctx, 'must be 1-64 ASCII characters', 'InvalidParameter.ClientToken.Malformed');
    }),
  /** A list param `Name.N` of items. */
  list: <T extends z.ZodType>(item: T, max = 50) => z.array(item).max(max),
};

/** OwnerId & co. exist on every action (REFERENCE §3 intro): accepted and ignored. */
export const ownerParams = {
  OwnerId: z.string().optional(),
  OwnerAccount: z.string().optional(),
  ResourceOwnerId: z.string().optional(),
  ResourceOwnerAccount: z.string().optional(),
};

/** Parses a "shrink" param: one JSON object string (REFERENCE §1.2); bad JSON names the field. */
export function parseJsonParam<T>(
  name: string,
  raw: string | undefined,
  schema: z.ZodType<T>,
): T | undefined {
  if (raw === undefined) return undefined;
  // "Shrink" params arrive as one JSON string (REFERENCE §1.2).
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through to the field-naming error
  }
  throw malformedParam(name, `${name} must be a JSON object string.`);
}
