import { describe, expect, it } from 'vitest';
import { buildCjkFaces, cjkCharacters, fontFaceCss, inRange, unicodeRange } from './cjk-font';

describe('the CJK font subset', () => {
  it('collects only the Chinese characters, once each, in code point order', () => {
    const points = cjkCharacters(['网关 NAT 网关（生产）', 'abc 网']);
    expect(String.fromCodePoint(...points)).toBe('产关生网（）');
  });

  it('folds runs into a unicode-range the browser reads, and reads it back', () => {
    const range = unicodeRange([0x4e00, 0x4e01, 0x4e02, 0x4e0a]);
    expect(range).toBe('U+4e00-4e02,U+4e0a');
    expect(inRange(range, 0x4e01)).toBe(true);
    expect(inRange(range, 0x4e03)).toBe(false);
    expect(inRange(range, 0x41)).toBe(false);
  });

  it('builds small woff2 faces whose ranges cover exactly the characters asked for', async () => {
    const points = cjkCharacters(['杭州生产网关']);
    const faces = await buildCjkFaces(points);
    expect(faces.length).toBeGreaterThan(0);
    for (const f of faces) {
      // woff2 signature, and far smaller than the slices it was cut from (tens of KB each).
      expect(Buffer.from(f.source.subarray(0, 4)).toString('latin1')).toBe('wOF2');
      expect(f.source.byteLength).toBeLessThan(8_000);
    }
    const covered = points.filter((p) => faces.some((f) => inRange(f.range, p)));
    expect(covered).toEqual(points);
    expect(fontFaceCss(faces, '/')).toContain("font-family:'GC CJK'");
  });
});
