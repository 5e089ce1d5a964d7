import { describe, expect, it } from 'vitest';
import { isIpv6Transitional, ipv6StatusTone } from './ipv6-status';

describe('IPv6 gateway status', () => {
  it('polls transitional statuses and colours them', () => {
    expect(isIpv6Transitional('Creating')).toBe(true);
    expect(isIpv6Transitional('Available')).toBe(false);
    expect(ipv6StatusTone('Available')).toBe('ok');
    expect(ipv6StatusTone('Deleting')).toBe('warning');
    expect(ipv6StatusTone('Pending')).toBe('progress');
  });
});
