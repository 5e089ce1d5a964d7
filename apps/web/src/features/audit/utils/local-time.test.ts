import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './local-time';

describe('datetime-local values', () => {
  it('converts datetime-local values in the browser zone both ways', () => {
    const iso = fromLocalInput('2026-11-22T16:05');
    expect(iso).toBe(new Date(2026, 10, 22, 16, 5).toISOString());
    expect(toLocalInput(iso)).toBe('2026-11-22T16:05');
    expect(fromLocalInput('')).toBeUndefined();
    expect(toLocalInput('garbage')).toBe('');
  });
});
