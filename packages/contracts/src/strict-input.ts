import { z } from 'zod';
import { msg } from './validation-messages.ts';

// Characters a reader cannot see, or that reorder what they see (the "Trojan Source" class):
// C0 and C1 controls (NUL, TAB, CR, LF, ESC, DEL, …), the Arabic letter mark, the zero-width
// space, joiners and direction marks, the line and paragraph separators, the bidi embeddings and
// overrides, the word joiner, the bidi isolates and the byte-order mark. All are in the BMP, so
// UTF-16 code units are enough.
const HIDDEN_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x001f],
  [0x007f, 0x009f],
  [0x061c, 0x061c],
  [0x200b, 0x200f],
  [0x2028, 0x202e],
  [0x2060, 0x2060],
  [0x2066, 0x2069],
  [0xfeff, 0xfeff],
];

const LF = 0x0a;
const CR = 0x0d;

/**
 * True when `text` holds a control, bidi or zero-width character (see `visibleText`); with
 * `lineBreaks`, LF and CR are allowed (a description typed in a multi-line box).
 */
export function hasHiddenChars(text: string, lineBreaks = false): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (lineBreaks && (unit === LF || unit === CR)) continue;
    if (HIDDEN_RANGES.some(([lo, hi]) => unit >= lo && unit <= hi)) return true;
  }
  return false;
}

/**
 * The base of every name, description and tag schema: a string with no control, bidi or
 * zero-width character. It runs first and aborts, so `.trim()` after it cannot strip a U+FEFF or
 * U+2028 silently and the caller gets this one precise message, not a pattern mismatch.
 * Descriptions pass `lineBreaks: true`: the console edits them in a multi-line box.
 */
export const visibleText = (options: { lineBreaks?: boolean } = {}) =>
  z.string().refine((s) => !hasHiddenChars(s, options.lineBreaks), {
    message: msg('hiddenChars'),
    abort: true,
  });

// A plain decimal integer, as a query string or a form carries it: no sign but `-`, no blanks,
// no `0x`/`0o`/`0b`, no exponent, no fraction (`Number()` and `z.coerce` accept all of those).
const DECIMAL_INT = /^-?\d+$/;

/**
 * Reads an integer that may arrive as text: a JSON number goes to `inner` unchanged, a string
 * only when it is a plain decimal integer (`"16"`, `"-3"`); `"0x10"`, `"1e3"`, `" 12 "`,
 * `"12.0"` and `"+5"` are refused with `message`. Put `.default()` inside `inner`, so the
 * OpenAPI document still shows it.
 * @param inner the number schema with its range (`z.number().int().min(1).max(100)`)
 * @param message the refusal of a non-decimal string, made with `msg()`
 */
export function intFromText<T extends z.ZodType<number>>(
  inner: T,
  message: string = msg('wholeNumber'),
) {
  return z.preprocess((value, ctx) => {
    if (typeof value !== 'string') return value;
    if (DECIMAL_INT.test(value)) return Number(value);
    ctx.addIssue({ code: 'custom', message, input: value });
    return value;
  }, inner);
}
