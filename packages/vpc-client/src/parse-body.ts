import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** A response body decoded into a plain tree, before the action's schema is applied. */
export interface ParsedBody {
  format: 'XML' | 'JSON';
  /** XML root element name (`{Action}Response` or `Error`); undefined for JSON. */
  root?: string;
  value: Record<string, unknown>;
}

// Every value stays text: a string field holding "123" must stay a string, so numbers and
// booleans are converted by the action's schema instead (REFERENCE §2.1 "Scalars"). Values are
// not trimmed either, so " a " reads the same from XML as from JSON; the indentation between
// elements that this keeps (as `#text`) is dropped by `dropIndentation`.
const parser = new XMLParser({
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
});

const TEXT_NODE = '#text';

function dropIndentation(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(dropIndentation);
  if (!isRecord(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === TEXT_NODE && typeof value === 'string' && value.trim() === '') continue;
    out[key] = dropIndentation(value);
  }
  return out;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Decodes an API body, sniffing XML (`<`) or JSON (`{`) from its first character, so a JSON
 * answer to an XML request (or an HTML error page) is recognised. Returns undefined when the
 * body is neither well-formed XML nor a JSON object.
 */
export function parseBody(text: string): ParsedBody | undefined {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('<')) return parseXml(trimmed);
  if (trimmed.startsWith('{')) return parseJson(trimmed);
  return undefined;
}

function parseXml(text: string): ParsedBody | undefined {
  if (XMLValidator.validate(text) !== true) return undefined;
  const tree = dropIndentation(parser.parse(text));
  if (!isRecord(tree)) return undefined;
  const roots = Object.keys(tree);
  const root = roots[0];
  // XML has exactly one root element: `<{Action}Response>` or `<Error>` (REFERENCE §2.1, §2.3).
  if (roots.length !== 1 || root === undefined) return undefined;
  const content = tree[root];
  if (typeof content === 'string' && content.trim() === '')
    return { format: 'XML', root, value: {} };
  if (!isRecord(content)) return undefined;
  return { format: 'XML', root, value: content };
}

function parseJson(text: string): ParsedBody | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? { format: 'JSON', value } : undefined;
  } catch {
    return undefined;
  }
}
