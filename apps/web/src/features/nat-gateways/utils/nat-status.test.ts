import { describe, expect, it } from 'vitest';
import { isTransitional, natStatusTone } from './nat-status';

describe('NAT status', () => {
  it('treats Creating, Modifying, Deleting and Converting as transitional', () => {
    expect(['Creating', 'Modifying', 'Deleting', 'Converting'].every(isTransitional)).toBe(true);
    expect(isTransitional('Available')).toBe(false);
  });

  it('colours Available green, changes blue and Deleting yellow', () => {
    expect(natStatusTone('Available')).toBe('ok');
    expect(natStatusTone('Creating')).toBe('progress');
    expect(natStatusTone('Converting')).toBe('progress');
    expect(natStatusTone('Deleting')).toBe('warning');
    expect(natStatusTone('Unknown')).toBe('neutral');
  });
});
