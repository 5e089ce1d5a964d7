import type { ArraySchema, FieldSchema, ListSchema, ObjectSchema, ScalarSpec } from './schema.ts';

/** The body did not match the action's schema (wrong type, missing required field). */
export class SchemaMismatchError extends Error {
  override name = 'SchemaMismatchError';
  /** @param path JSON path of the offending field, e.g. `NatGateways.NatGateway[0].Status`. */
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`${path || '(root)'}: ${detail}`);
  }
}

type Raw = unknown;

const isRecord = (value: Raw): value is Record<string, Raw> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// An empty XML element (`<NatGateways/>`, or one holding only indentation) parses to a blank
// string and JSON may carry null: all mean "nothing" where an object or a list is expected.
const isEmpty = (value: Raw): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

// Field paths only matter in an error, so they are built on demand: a 50-item page has ~2,000
// fields, and concatenating each path up front cost more than the normalising itself.
type PathOf = () => string;
const child =
  (parent: PathOf, name: string): PathOf =>
  () => {
    const p = parent();
    return p ? `${p}.${name}` : name;
  };

/**
 * Coerces a parsed body (XML text tree or JSON value) into the typed shape of `schema`.
 * Fields the schema does not know pass through unchanged, so new API fields are not lost.
 */
export function normalize(raw: Raw, schema: ObjectSchema, path = ''): Record<string, unknown> {
  return normalizeObject(raw, schema, () => path);
}

function normalizeObject(raw: Raw, schema: ObjectSchema, path: PathOf): Record<string, unknown> {
  let source = raw;
  // Some fields arrive as JSON text holding an object; decode it rather than fail (REFERENCE §1.2).
  if (typeof source === 'string' && source.trim().startsWith('{')) source = parseJsonObject(source);
  if (isEmpty(source)) source = {};
  if (!isRecord(source)) throw new SchemaMismatchError(path(), 'expected an object');
  const out: Record<string, unknown> = { ...source };
  for (const name in schema.fields) {
    const spec = schema.fields[name] as FieldSchema;
    const value =
      typeof spec === 'string'
        ? normalizeScalar(source[name], spec, path, name)
        : normalizeField(source[name], spec, child(path, name));
    if (value !== undefined) out[name] = value;
    // `delete` only when needed: it turns `out` into a slow dictionary object.
    else if (Object.hasOwn(out, name)) delete out[name];
  }
  return out;
}

function normalizeField(raw: Raw, spec: FieldSchema, path: PathOf): unknown {
  if (typeof spec === 'string') return normalizeScalar(raw, spec, path, undefined);
  if (spec.kind === 'list') return normalizeList(raw, spec, path);
  if (spec.kind === 'array') return normalizeArray(raw, spec, path);
  return raw === undefined || raw === null ? undefined : normalizeObject(raw, spec, path);
}

function normalizeList(raw: Raw, spec: ListSchema, path: PathOf): Record<string, unknown[]> {
  let items: Raw;
  if (isEmpty(raw)) items = [];
  else if (Array.isArray(raw))
    items = raw; // a bare array (docs artefact): accept it as the items
  else if (isRecord(raw)) items = raw[spec.item];
  else throw new SchemaMismatchError(path(), `expected a list wrapper holding ${spec.item}`);
  // One repeated XML child parses to a single value, not an array (REFERENCE §2.1).
  // A present but empty child (`<Tag/>`) is one empty item, as `[""]`/`[{}]` would be in JSON.
  const array = items === undefined || items === null ? [] : Array.isArray(items) ? items : [items];
  return {
    [spec.item]: array.map((item, index) =>
      normalizeField(item, spec.of, () => `${path()}.${spec.item}[${index}]`),
    ),
  };
}

// A bare array: one XML element parses to a single value, so it is wrapped here too.
function normalizeArray(raw: Raw, spec: ArraySchema, path: PathOf): unknown[] {
  const items = isEmpty(raw) ? [] : Array.isArray(raw) ? raw : [raw];
  return items.map((item, index) => normalizeField(item, spec.of, () => `${path()}[${index}]`));
}

const at = (parent: PathOf, name: string | undefined): string =>
  name === undefined ? parent() : child(parent, name)();

/** `name` (a field of the object at `parent`) keeps scalars from allocating a path function. */
function normalizeScalar(
  raw: Raw,
  spec: ScalarSpec,
  parent: PathOf,
  name: string | undefined,
): unknown {
  const required = spec.endsWith('!');
  const kind = required ? spec.slice(0, -1) : spec;
  const value = raw === null ? undefined : raw;
  const blank = typeof value === 'string' && value.trim() === '';
  if (value === undefined || (blank && kind !== 'string')) {
    if (required) throw new SchemaMismatchError(at(parent, name), 'required field is missing');
    return undefined;
  }
  if (typeof value === 'object')
    throw new SchemaMismatchError(at(parent, name), `expected a ${kind}`);
  if (kind === 'string') return String(value);
  if (kind === 'int') {
    if (typeof value === 'number') return value;
    const text = String(value).trim();
    if (!/^-?\d+(\.\d+)?$/.test(text)) {
      throw new SchemaMismatchError(
        at(parent, name),
        `expected a number, got "${text.slice(0, 40)}"`,
      );
    }
    return Number(text);
  }
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (text === 'true') return true;
  if (text === 'false') return false;
  throw new SchemaMismatchError(
    at(parent, name),
    `expected true or false, got "${text.slice(0, 40)}"`,
  );
}

function parseJsonObject(text: string): Raw {
  try {
    return JSON.parse(text) as Raw;
  } catch {
    return text;
  }
}
