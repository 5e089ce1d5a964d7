// Timestamps are UTC ISO 8601 `YYYY-MM-DDThh:mm:ssZ`; both SDKs drop milliseconds (REFERENCE §1.2).

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$/;

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** Formats a date as `YYYY-MM-DDThh:mm:ssZ` (UTC, milliseconds dropped like the SDKs). */
export function formatTimestamp(date: Date): string {
  return (
    `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}` +
    `T${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}:${pad2(date.getUTCSeconds())}Z`
  );
}

/**
 * Parses `YYYY-MM-DDThh:mm:ssZ`, also with 1–3 fractional digits (`...:24.123Z`, what
 * `Date.toISOString()` gives). Returns epoch ms, or undefined when malformed or not a real
 * calendar time (e.g. Feb 30, hour 24). Offsets other than `Z` are refused.
 */
export function parseTimestamp(text: string): number | undefined {
  const m = TIMESTAMP.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0'));
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const back = new Date(t);
  // Date.UTC rolls Feb 30 over to Mar 2; a round trip catches impossible dates and times.
  if (
    back.getUTCFullYear() !== y ||
    back.getUTCMonth() !== mo - 1 ||
    back.getUTCDate() !== d ||
    back.getUTCHours() !== h ||
    back.getUTCMinutes() !== mi ||
    back.getUTCSeconds() !== s
  ) {
    return undefined;
  }
  return t;
}
