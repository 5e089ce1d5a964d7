import { describe, expect, it } from 'vitest';
import { hostIn } from './pick-network.ts';

describe('hostIn', () => {
  it('picks the 10th address of a block, or the last usable one of a tiny block', () => {
    expect(hostIn('192.168.0.0/24')).toBe('192.168.0.10');
    expect(hostIn('10.20.255.0/24')).toBe('10.20.255.10');
    expect(hostIn('172.16.0.0/30')).toBe('172.16.0.2');
  });
});
