/**
 * A tiny response-schema language. Each action declares the shape of its body once; the same
 * declaration drives the parser (which paths are lists, which fields are numbers or booleans)
 * and, through `Infer`, the TypeScript type of the response. XML text and JSON values are both
 * coerced by it, so the two wire formats give identical objects (REFERENCE §2.1).
 */
export type ScalarName = 'string' | 'int' | 'bool';

/** A scalar field; the `!` suffix marks a field the API always returns (typed non-optional). */
export type ScalarSpec = ScalarName | `${ScalarName}!`;

/** An object (element with child fields). */
export interface ObjectSchema<F extends Fields = Fields> {
  readonly kind: 'object';
  readonly fields: F;
}

/** A list in its wrapper: JSON `{"Wrapper":{"Item":[...]}}`, XML `<Wrapper><Item/>…</Wrapper>`. */
export interface ListSchema<I extends string = string, O extends FieldSchema = FieldSchema> {
  readonly kind: 'list';
  readonly item: I;
  readonly of: O;
}

/** A bare array (REFERENCE-2 §0.2): JSON `[...]`, XML the field's own element repeated. */
export interface ArraySchema<O extends FieldSchema = FieldSchema> {
  readonly kind: 'array';
  readonly of: O;
}

/** Any field of a response. */
export type FieldSchema = ScalarSpec | ObjectSchema | ListSchema | ArraySchema;

/** The fields of an object schema. */
export type Fields = { readonly [name: string]: FieldSchema };

/** Declares an object schema (the `const` type parameter keeps the literal field specs). */
export function obj<const F extends Fields>(fields: F): ObjectSchema<F> {
  return { kind: 'object', fields };
}

/** Declares a wrapped list whose repeated child is named `item`. */
export function list<const I extends string, const O extends FieldSchema>(
  item: I,
  of: O,
): ListSchema<I, O> {
  return { kind: 'list', item, of };
}

/** Declares a bare array of `of` (no wrapper element). */
export function array<const O extends FieldSchema>(of: O): ArraySchema<O> {
  return { kind: 'array', of };
}

/** Declares a response body: `RequestId` is always present. */
export function response<const F extends Fields>(
  fields: F,
): ObjectSchema<F & { readonly RequestId: 'string!' }> {
  return { kind: 'object', fields: { ...fields, RequestId: 'string!' } };
}

type ScalarType<S> = S extends 'string' | 'string!'
  ? string
  : S extends 'int' | 'int!'
    ? number
    : boolean;

type Simplify<T> = { [K in keyof T]: T[K] };

// Lists are always materialised (an absent or empty wrapper becomes `[]`), so they are required.
type RequiredKeys<F extends Fields> = {
  [K in keyof F]: F[K] extends `${string}!` | ListSchema | ArraySchema ? K : never;
}[keyof F];

type InferFields<F extends Fields> = Simplify<
  { -readonly [K in RequiredKeys<F>]: Infer<F[K]> } & {
    -readonly [K in Exclude<keyof F, RequiredKeys<F>>]?: Infer<F[K]>;
  }
>;

/** The TypeScript type described by a schema. */
export type Infer<S> = S extends ScalarSpec
  ? ScalarType<S>
  : S extends ListSchema<infer I, infer O>
    ? { [K in I]: Infer<O>[] }
    : S extends ArraySchema<infer O>
      ? Infer<O>[]
      : S extends ObjectSchema<infer F>
        ? InferFields<F>
        : never;
