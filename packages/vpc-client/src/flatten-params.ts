/** A request parameter value before flattening. */
export type ParamInput =
  | string
  | number
  | boolean
  | undefined
  | null
  | readonly ParamInput[]
  | { readonly [key: string]: ParamInput };

const scalar = (value: string | number | boolean): string => String(value);

/**
 * Flattens a typed request to RPC key/value pairs (REFERENCE §1.2 "Value serialisation"):
 * booleans `true`/`false`; lists 1-based `Name.1`, objects in lists `Tag.1.Key`, nested
 * `TunnelOptionsSpecification.1.TunnelIkeConfig.Psk`; an object at the top level is a "shrink"
 * parameter sent as one JSON string (`AccessMode`, `LogDelivery`, `IkeConfig`, …).
 * Undefined and null are left out; empty strings are kept (they are signed as `Key=`).
 * Objects named in `unindexed` are flattened as `Name.Field` instead.
 */
export function flattenParams(
  input: { readonly [key: string]: unknown },
  unindexed: readonly string[] = [],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined || value === null) continue;
    // ModifyTunnelAttribute's object goes as `Name.Field=…`, not JSON (REFERENCE-2 §0.1).
    if (Array.isArray(value) || unindexed.includes(name)) flattenInto(out, name, value);
    else if (typeof value === 'object') out[name] = JSON.stringify(value);
    else if (isScalar(value)) out[name] = scalar(value);
    else throw new TypeError(`Parameter ${name}: unsupported value of type ${typeof value}`);
  }
  return out;
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function flattenInto(out: Record<string, string>, prefix: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => flattenInto(out, `${prefix}.${index + 1}`, item));
  } else if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) flattenInto(out, `${prefix}.${key}`, item);
  } else if (isScalar(value)) {
    out[prefix] = scalar(value);
  } else {
    throw new TypeError(`Parameter ${prefix}: unsupported value of type ${typeof value}`);
  }
}
