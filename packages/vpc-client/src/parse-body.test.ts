import { describe, expect, it } from 'vitest';
import { parseBody } from './parse-body.ts';

describe('parseBody', () => {
  it('reads the XML root and keeps every value as text', () => {
    const body = `<?xml version="1.0" encoding="UTF-8"?>
<DescribeZonesResponse><RequestId>R</RequestId><Count>0012</Count><Flag>true</Flag></DescribeZonesResponse>`;
    expect(parseBody(body)).toEqual({
      format: 'XML',
      root: 'DescribeZonesResponse',
      value: { RequestId: 'R', Count: '0012', Flag: 'true' },
    });
  });

  it('keeps spaces inside values and drops the indentation between elements', () => {
    const body = `<AResponse>\n  <Name> padded </Name>\n  <List>\n    <Item>a</Item>\n  </List>\n  <Empty>\n  </Empty>\n</AResponse>`;
    expect(parseBody(body)?.value).toEqual({
      Name: ' padded ',
      List: { Item: 'a' },
      Empty: '\n  ',
    });
  });

  it('decodes XML entities', () => {
    const parsed = parseBody('<AResponse><Msg>a &amp; b &lt;c&gt; &quot;d&quot;</Msg></AResponse>');
    expect(parsed?.value.Msg).toBe('a & b <c> "d"');
  });

  it('reads an empty root element as an empty object', () => {
    expect(parseBody('<DeleteNatGatewayResponse/>')).toEqual({
      format: 'XML',
      root: 'DeleteNatGatewayResponse',
      value: {},
    });
  });

  it('reads the Error root of an XML error envelope', () => {
    const parsed = parseBody('<Error><Code>Throttling</Code><RequestId>R</RequestId></Error>');
    expect(parsed?.root).toBe('Error');
    expect(parsed?.value.Code).toBe('Throttling');
  });

  it('reads a bare JSON object', () => {
    expect(parseBody(' {"RequestId":"R","TotalCount":3}')).toEqual({
      format: 'JSON',
      value: { RequestId: 'R', TotalCount: 3 },
    });
  });

  it('returns undefined for bodies that are neither', () => {
    expect(parseBody('')).toBeUndefined();
    expect(parseBody('Bad Gateway')).toBeUndefined();
    expect(parseBody('<Broken><A></Broken>')).toBeUndefined();
    expect(parseBody('{"unterminated"')).toBeUndefined();
    expect(parseBody('["array"]')).toBeUndefined();
  });
});
