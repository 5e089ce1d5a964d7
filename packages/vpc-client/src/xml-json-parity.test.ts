import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';
import { parseBody } from './parse-body.ts';
import { list, obj, response } from './schema.ts';

const schema = response({
  Total: 'int!',
  Items: list('Item', obj({ Name: 'string', Size: 'int', On: 'bool', Ids: list('Id', 'string') })),
});

interface Item {
  Name: string;
  Size: number;
  On: boolean;
  Ids: { Id: string[] };
}

const escape = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

// Renders a body the way the API does: a wrapper element with one child per item (§2.1).
function toXml(items: Item[], indent: boolean): string {
  const nl = indent ? '\n    ' : '';
  const item = (i: Item): string =>
    `<Item>${nl}<Name>${escape(i.Name)}</Name>${nl}<Size>${i.Size}</Size>${nl}<On>${i.On}</On>` +
    `${nl}<Ids>${i.Ids.Id.map((id) => `<Id>${escape(id)}</Id>`).join(nl)}</Ids></Item>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<ListResponse><RequestId>R</RequestId><Total>${items.length}</Total><Items>${items.map(item).join(nl)}</Items></ListResponse>`;
}

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('123', ' ', 'true', '0012'),
);
const itemArb = fc.record({
  Name: text,
  Size: fc.integer({ min: -1e12, max: 1e12 }),
  On: fc.boolean(),
  Ids: fc.record({ Id: fc.array(text, { maxLength: 3 }) }),
});

describe('XML and JSON decode to the same object (property)', () => {
  it('for any items, any list length (0, 1, many) and any string content', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 4 }), fc.boolean(), (items, indent) => {
        const expected = { RequestId: 'R', Total: items.length, Items: { Item: items } };
        const fromJson = normalize(parseBody(JSON.stringify(expected))?.value, schema);
        const fromXml = normalize(parseBody(toXml(items, indent))?.value, schema);
        expect(fromJson).toEqual(expected);
        expect(fromXml).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
