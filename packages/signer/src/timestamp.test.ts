import { describe, expect, it } from 'vitest';
import { formatTimestamp, parseTimestamp } from './timestamp.ts';

describe('formatTimestamp', () => {
  it('is UTC YYYY-MM-DDThh:mm:ssZ with milliseconds dropped (REFERENCE §1.2)', () => {
    expect(formatTimestamp(new Date('2016-02-23T12:46:24.987Z'))).toBe('2016-02-23T12:46:24Z');
    expect(formatTimestamp(new Date(Date.UTC(2026, 0, 5, 3, 4, 5)))).toBe('2026-01-05T03:04:05Z');
  });
});

describe('parseTimestamp', () => {
  it.each([
    ['2016-02-23T12:46:24Z', Date.UTC(2016, 1, 23, 12, 46, 24)],
    ['2016-02-23T12:46:24.5Z', Date.UTC(2016, 1, 23, 12, 46, 24, 500)],
    ['2016-02-23T12:46:24.123Z', Date.UTC(2016, 1, 23, 12, 46, 24, 123)],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
    ['2026-12-31T23:59:59Z', Date.UTC(2026, 11, 31, 23, 59, 59)],
  ])('accepts %s', (text, expected) => {
    expect(parseTimestamp(text)).toBe(expected);
  });

  it.each([
    '',
    '2016-02-23T12:46:24',
    '2016-02-23 12:46:24Z',
    '2016-02-23T12:46:24+08:00',
    '2016-02-23T12:46:24.1234Z',
    '2016-02-23T12:46Z',
    '2016-2-23T12:46:24Z',
    '2023-02-29T00:00:00Z',
    '2016-02-30T00:00:00Z',
    '2016-13-01T00:00:00Z',
    '2016-02-23T24:00:00Z',
    '2016-02-23T12:60:00Z',
    '2016-02-23T12:46:60Z',
    '2016-02-23t12:46:24z',
    'Tue, 23 Feb 2016 12:46:24 GMT',
    '1456231584',
  ])('refuses %j', (text) => {
    expect(parseTimestamp(text)).toBeUndefined();
  });
});
