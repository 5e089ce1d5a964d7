import { describe, expect, it } from 'vitest';
import { nodeLink } from './node-link';

describe('nodeLink', () => {
  it('opens the resource page of each kind of target', () => {
    expect(nodeLink('cn-hangzhou', { page: 'nat-gateway', id: 'ngw-1' })).toBe(
      '/regions/cn-hangzhou/nat-gateways/ngw-1',
    );
    expect(nodeLink('cn-hangzhou', { page: 'vpn-gateway', id: 'vpn-1' })).toBe(
      '/regions/cn-hangzhou/vpn-gateways/vpn-1',
    );
    expect(nodeLink('cn-hangzhou', { page: 'ipv6-gateway', id: 'ipv6gw-1' })).toBe(
      '/regions/cn-hangzhou/ipv6-gateways/ipv6gw-1',
    );
    expect(nodeLink('cn-hangzhou', { page: 'customer-gateways', id: 'cgw-1' })).toBe(
      '/regions/cn-hangzhou/vpn-gateways/customer-gateways',
    );
    expect(nodeLink('cn-hangzhou', { page: 'nat-gateways', id: 'vpc-1' })).toBe(
      '/regions/cn-hangzhou/nat-gateways?vpcId=vpc-1',
    );
    expect(nodeLink('cn-hangzhou', undefined)).toBeUndefined();
  });
});
