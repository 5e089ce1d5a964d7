/** A value's JSON body, made once; the ETag beside it for the etag function it was made with. */
export interface FrozenBody {
  buffer: Buffer;
  etagFn?: unknown;
  etag?: string;
}

const bodies = new WeakMap<object, FrozenBody | null>();

/**
 * Marks `value` as final (frozen, its `items` too): the route kit serialises it once, however
 * many requests it answers. The region index hands out the same page object for the same query
 * until its next re-read (issue 17: JSON and its ETag were ~4% of a list request's CPU).
 */
export function frozenJson<T extends object>(value: T): T {
  const items = (value as { items?: unknown }).items;
  if (Array.isArray(items)) Object.freeze(items);
  bodies.set(Object.freeze(value), null);
  return value;
}

/** The JSON body of a {@link frozenJson} value (made on first use); undefined for any other. */
export function frozenBody(value: unknown): FrozenBody | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const known = bodies.get(value);
  if (known !== null) return known;
  const body = { buffer: Buffer.from(JSON.stringify(value), 'utf8') };
  bodies.set(value, body);
  return body;
}
