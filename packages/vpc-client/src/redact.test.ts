import { describe, expect, it } from 'vitest';
import { createRedactor, redactPatterns } from './redact.ts';

const id = 'LTAI5tGatewayConsoleDemo';
const secret = 'GatewayConsoleDemoSecret2026';

describe('createRedactor', () => {
  const redact = createRedactor([id, secret, undefined]);

  it('masks the echoed server string-to-sign of SignatureDoesNotMatch', () => {
    const message =
      'Specified signature is not matched with our calculation. server string to sign is:' +
      `GET&%2F&AccessKeyId%3D${id}%26Action%3DDescribeRegions%26Signature%3Dabc%252Bdef%26SignatureMethod%3DHMAC-SHA1`;
    const out = redact(message);
    expect(out).not.toContain(id);
    expect(out).not.toContain('abc%252Bdef');
    expect(out).toContain('AccessKeyId%3D[REDACTED]%26Action%3DDescribeRegions');
    expect(out).toContain('SignatureMethod%3DHMAC-SHA1');
  });

  it('masks query, JSON, XML and V3 Authorization forms', () => {
    expect(redact(`?AccessKeyId=${id}&Signature=OLea%2BidS1J&Format=XML`)).toBe(
      '?AccessKeyId=[REDACTED]&Signature=[REDACTED]&Format=XML',
    );
    expect(redact(`{"AccessKeyId": "${id}"}`)).toBe('{"AccessKeyId": "[REDACTED]"}');
    expect(redact(`<SecurityToken>tok-123456</SecurityToken>`)).toBe(
      '<SecurityToken>[REDACTED]</SecurityToken>',
    );
    expect(redact(`ACS3-HMAC-SHA256 Credential=${id},SignedHeaders=host,Signature=0a1b2c`)).toBe(
      'ACS3-HMAC-SHA256 Credential=[REDACTED],SignedHeaders=host,Signature=[REDACTED]',
    );
  });

  it('masks known secrets wherever they appear, raw or percent-encoded', () => {
    const withSymbols = createRedactor(['s3cr+t/value=']);
    expect(withSymbols('key s3cr+t/value= and s3cr%2Bt%2Fvalue%3D and s3cr%252Bt')).toBe(
      'key [REDACTED] and [REDACTED] and s3cr%252Bt',
    );
    expect(redact(`the secret ${secret} leaked`)).toBe('the secret [REDACTED] leaked');
  });

  it('leaves ordinary text alone', () => {
    expect(redactPatterns('The specified RegionId does not exist.')).toBe(
      'The specified RegionId does not exist.',
    );
  });
});
