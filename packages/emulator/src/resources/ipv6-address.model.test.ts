import { describe, expect, it } from 'vitest';
import { hostIn64, subnet64 } from './ipv6-address.model.ts';
import { publicIpFor } from './vpn-gateway.model.ts';

describe('IPv6 seed helpers', () => {
  it('cuts /64s out of a VPC /56', () => {
    expect(subnet64('2408:4005:3a3:e900::/56', 1)).toBe('2408:4005:3a3:e901::/64');
    expect(subnet64('2406:840:1a3:c00::/56', 2)).toBe('2406:840:1a3:c02::/64');
    expect(subnet64('2408:4006:11a:5b00::/56', 255)).toBe('2408:4006:11a:5bff::/64');
  });

  it('derives a stable, well-formed host address inside the /64', () => {
    const a = hostIn64('2408:4005:3a3:e901::/64', 'ipv6-one');
    expect(a).toBe(hostIn64('2408:4005:3a3:e901::/64', 'ipv6-one'));
    expect(a).not.toBe(hostIn64('2408:4005:3a3:e901::/64', 'ipv6-two'));
    expect(a).toMatch(/^2408:4005:3a3:e901(:[0-9a-f]{1,4}){4}$/);
  });
});

describe('publicIpFor', () => {
  it('is stable per id and uses the region prefix', () => {
    const ip = publicIpFor('cn-hangzhou', 'vpn-bp1abc');
    expect(ip).toBe(publicIpFor('cn-hangzhou', 'vpn-bp1abc'));
    expect(ip).toMatch(/^47\.96\.(\d{1,3})\.(\d{1,3})$/);
    expect(publicIpFor('mars-1', 'vpn-x')).toMatch(/^47\.74\./);
  });
});
