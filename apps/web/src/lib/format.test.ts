import { describe, expect, it } from 'vitest';
import { dateAndTime } from './format';

describe('dateAndTime', () => {
  it('splits an instant into a date line and a time line, and keeps garbage as is', () => {
    const [date, time] = dateAndTime('2026-11-22T08:00:00.000Z', 'en');
    expect(date).toMatch(/2026/);
    expect(time).toMatch(/\d{1,2}:\d{2}:\d{2}/);
    expect(dateAndTime('nope', 'en')).toEqual(['nope', '']);
  });
});
