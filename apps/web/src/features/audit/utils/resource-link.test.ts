import { describe, expect, it } from 'vitest';
import { resourceLink } from './resource-link';

describe('resourceLink', () => {
  it('links gateways to their pages and probes their BFF route', () => {
    expect(resourceLink('cn-hangzhou', 'ngw-1')).toEqual({
      to: '/regions/cn-hangzhou/nat-gateways/ngw-1',
      probe: '/api/regions/cn-hangzhou/nat-gateways/ngw-1',
    });
    expect(resourceLink('cn-hangzhou', 'ipv6gw-9')?.to).toBe(
      '/regions/cn-hangzhou/ipv6-gateways/ipv6gw-9',
    );
    expect(resourceLink('cn-hangzhou', 'cgw-2')?.to).toBe(
      '/regions/cn-hangzhou/vpn-gateways/customer-gateways',
    );
  });

  it('has no link for other kinds or without a region', () => {
    expect(resourceLink('cn-hangzhou', 'eip-1')).toBeUndefined();
    expect(resourceLink(undefined, 'ngw-1')).toBeUndefined();
    expect(resourceLink('cn-hangzhou', undefined)).toBeUndefined();
  });
});
