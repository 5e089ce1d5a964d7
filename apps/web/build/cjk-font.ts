import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

/** The family name the theme puts first in its font stack. */
export const CJK_FAMILY = 'GC CJK';

// CJK radicals to CJK ideographs, compatibility ideographs, fullwidth forms: what a Latin system
// font lacks. Latin text never reaches our face (its unicode-range holds none of it).
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/gu;

/** The distinct CJK characters in some texts, in code point order. */
export function cjkCharacters(texts: readonly string[]): number[] {
  const points = new Set<number>();
  for (const text of texts) for (const c of text.match(CJK) ?? []) points.add(c.codePointAt(0)!);
  return [...points].sort((a, b) => a - b);
}

/** A CSS `unicode-range` for these code points, runs folded (`U+4e00-4e02,U+4e0a`). */
export function unicodeRange(points: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < points.length; i++) {
    const start = points[i]!;
    let end = start;
    while (points[i + 1] === end + 1) end = points[++i]!;
    parts.push(
      end === start ? `U+${start.toString(16)}` : `U+${start.toString(16)}-${end.toString(16)}`,
    );
  }
  return parts.join(',');
}

/** Whether a code point lies in a `unicode-range` value. */
export function inRange(range: string, point: number): boolean {
  return range.split(',').some((part) => {
    const [lo, hi = lo] = part.trim().replace(/^U\+/i, '').split('-');
    return point >= parseInt(lo!, 16) && point <= parseInt(hi!, 16);
  });
}

/** Every text a Chinese screen can show: the zh UI strings and the emulator's seed data. */
export function chineseSources(webRoot: string): string[] {
  const emulator = join(webRoot, '../../packages/emulator/src');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? walk(join(dir, e.name))
        : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
          ? [readFileSync(join(dir, e.name), 'utf8')]
          : [],
    );
  return [readFileSync(join(webRoot, 'src/i18n/zh.json'), 'utf8'), ...walk(emulator)];
}

/** One built face: its file name under the output dir, its bytes, and its unicode-range. */
export interface CjkFace {
  fileName: string;
  source: Uint8Array;
  range: string;
}

/**
 * Subsets Noto Sans SC (OFL, from @fontsource-variable, which ships it in ~100 slices with their
 * unicode-ranges) to `points`: each slice holding one of them becomes one small woff2 holding
 * only those glyphs, weights 400–700 kept (regular text and the bold titles).
 */
export async function buildCjkFaces(points: readonly number[]): Promise<CjkFace[]> {
  const require = createRequire(import.meta.url);
  const pkg = dirname(require.resolve('@fontsource-variable/noto-sans-sc/package.json'));
  const slices = JSON.parse(readFileSync(join(pkg, 'unicode.json'), 'utf8')) as Record<
    string,
    string
  >;
  const faces: CjkFace[] = [];
  for (const [key, range] of Object.entries(slices)) {
    const index = /^\[(\d+)\]$/.exec(key)?.[1];
    if (index === undefined) continue;
    const mine = points.filter((p) => inRange(range, p));
    if (mine.length === 0) continue;
    const font = readFileSync(join(pkg, `files/noto-sans-sc-${index}-wght-normal.woff2`));
    const subset = await subsetFont(font, String.fromCodePoint(...mine), {
      targetFormat: 'woff2',
      variationAxes: { wght: { min: 400, max: 700, default: 400 } },
    });
    const hash = createHash('sha256').update(subset).digest('hex').slice(0, 8);
    faces.push({
      fileName: `assets/cjk-${index}-${hash}.woff2`,
      source: subset,
      range: unicodeRange(mine),
    });
  }
  return faces;
}

/** The @font-face rules for the built faces; the browser fetches a file only for text it shows. */
export function fontFaceCss(faces: readonly CjkFace[], base: string): string {
  return faces
    .map(
      (f) =>
        `@font-face{font-family:'${CJK_FAMILY}';font-style:normal;font-weight:400 700;` +
        `font-display:swap;src:url(${base}${f.fileName}) format('woff2');unicode-range:${f.range}}`,
    )
    .join('\n');
}
