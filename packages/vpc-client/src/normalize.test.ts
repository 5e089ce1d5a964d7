import { describe, expect, it } from 'vitest';
import { normalize, SchemaMismatchError } from './normalize.ts';
import { list, obj } from './schema.ts';

const schema = obj({
  Id: 'string!',
  Count: 'int',
  Enabled: 'bool',
  Name: 'string',
  Items: list('Item', obj({ Key: 'string', Size: 'int' })),
  Ids: list('Id', 'string'),
  Info: obj({ Port: 'int', Tags: list('Tag', 'string') }),
});

describe('normalize', () => {
  it('converts XML text by the schema and keeps numeric-looking strings as strings', () => {
    const out = normalize(
      {
        Id: '7',
        Count: '42',
        Enabled: 'true',
        Name: '123',
        Ids: { Id: 'a' },
        Info: { Port: '80' },
      },
      schema,
    );
    expect(out).toEqual({
      Id: '7',
      Count: 42,
      Enabled: true,
      Name: '123',
      Items: { Item: [] },
      Ids: { Id: ['a'] },
      Info: { Port: 80, Tags: { Tag: [] } },
    });
  });

  it('turns JSON numbers in string fields into strings and keeps JSON types otherwise', () => {
    const out = normalize({ Id: 7, Count: 3, Enabled: false, Name: 5 }, schema);
    expect(out).toMatchObject({ Id: '7', Count: 3, Enabled: false, Name: '5' });
  });

  it('makes a single XML child a one-item array and empty wrappers empty arrays', () => {
    expect(normalize({ Id: 'x', Items: { Item: { Key: 'k', Size: '1' } } }, schema).Items).toEqual({
      Item: [{ Key: 'k', Size: 1 }],
    });
    expect(normalize({ Id: 'x', Items: '' }, schema).Items).toEqual({ Item: [] });
    expect(normalize({ Id: 'x', Items: '\n    ' }, schema).Items).toEqual({ Item: [] });
    expect(normalize({ Id: 'x', Items: {} }, schema).Items).toEqual({ Item: [] });
    expect(normalize({ Id: 'x', Items: null }, schema).Items).toEqual({ Item: [] });
  });

  it('reads an empty child element as one empty item', () => {
    expect(normalize({ Id: 'x', Items: { Item: '' }, Ids: { Id: '' } }, schema)).toMatchObject({
      Items: { Item: [{}] },
      Ids: { Id: [''] },
    });
  });

  it('accepts a bare array where a wrapper was expected', () => {
    expect(normalize({ Id: 'x', Ids: ['a', 'b'] }, schema).Ids).toEqual({ Id: ['a', 'b'] });
  });

  it('drops empty numbers and booleans but keeps empty strings', () => {
    const out = normalize({ Id: 'x', Count: '', Enabled: ' ', Name: '' }, schema);
    expect(out).not.toHaveProperty('Count');
    expect(out).not.toHaveProperty('Enabled');
    expect(out.Name).toBe('');
  });

  it('passes unknown fields through unchanged', () => {
    expect(normalize({ Id: 'x', NewField: { A: '1' } }, schema).NewField).toEqual({ A: '1' });
  });

  it('decodes an object field sent as JSON text', () => {
    expect(normalize({ Id: 'x', Info: '{"Port":443}' }, schema).Info).toEqual({
      Port: 443,
      Tags: { Tag: [] },
    });
  });

  it('names the path of a value of the wrong type', () => {
    expect(() => normalize({ Id: 'x', Items: { Item: [{ Size: 'big' }] } }, schema)).toThrow(
      'Items.Item[0].Size: expected a number, got "big"',
    );
    expect(() => normalize({ Id: 'x', Enabled: 'yes' }, schema)).toThrow(SchemaMismatchError);
    expect(() => normalize({ Id: { a: 1 } }, schema)).toThrow('Id: expected a string');
  });

  it('rejects a missing required field', () => {
    expect(() => normalize({ Count: '1' }, schema)).toThrow('Id: required field is missing');
  });
});
