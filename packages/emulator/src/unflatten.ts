/** A flattened wire value turned back into nested lists/objects. */
export type ParamValue = string | ParamValue[] | { [key: string]: ParamValue };

type Node = { [key: string]: Node | string };

/**
 * `Tag.1.Key=a&Tag.2.Key=b` → `{ Tag: [{ Key: 'a' }, { Key: 'b' }] }` (REFERENCE §1.2: lists are
 * 1-based `Name.N`, nested as `Name.N.Field`). Holes are compacted in index order.
 */
export function unflatten(params: Record<string, string>): Record<string, ParamValue> {
  // Null-prototype containers: a param named `__proto__.x` must not reach Object.prototype.
  const root: Node = Object.create(null) as Node;
  const flat: Record<string, ParamValue> = Object.create(null) as Record<string, ParamValue>;
  for (const [key, value] of Object.entries(params)) {
    // Fast path: most params are flat names.
    if (!key.includes('.')) {
      flat[key] = value;
      continue;
    }
    const parts = key.split('.');
    let node = root;
    for (let i = 0; i < parts.length - 1; i += 1) {
      const part = parts[i] as string;
      const next = node[part];
      if (typeof next === 'string') break;
      node = next ?? (node[part] = Object.create(null) as Node);
    }
    const last = parts[parts.length - 1] as string;
    if (typeof node[last] !== 'object') node[last] = value;
  }
  if (Object.keys(root).length === 0) return flat;
  // A nested list wins over a flat param of the same name.
  return { ...flat, ...(toValue(root) as Record<string, ParamValue>) };
}

function toValue(node: Node | string): ParamValue {
  if (typeof node === 'string') return node;
  const keys = Object.keys(node);
  if (keys.length > 0 && keys.every((k) => /^[1-9]\d*$/.test(k))) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((k) => toValue(node[String(k)] as Node | string));
  }
  const out: Record<string, ParamValue> = Object.create(null) as Record<string, ParamValue>;
  for (const k of keys) out[k] = toValue(node[k] as Node | string);
  return out;
}
