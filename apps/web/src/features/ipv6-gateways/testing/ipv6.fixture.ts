import type { Ipv6Address, Ipv6Gateway, Ipv6GatewayPage } from '@gc/contracts';

/** An IPv6 gateway as the BFF answers it, with overrides. */
export function ipv6GatewayFixture(overrides: Partial<Ipv6Gateway> = {}): Ipv6Gateway {
  return {
    id: 'ipv6gw-bp1test',
    name: 'prod-ipv6',
    description: 'IPv6 egress',
    status: 'Available',
    businessStatus: 'Normal',
    regionId: 'cn-hangzhou',
    vpcId: 'vpc-bp1prod',
    spec: '',
    instanceChargeType: 'PostPaid',
    creationTime: '2026-05-01T08:00:00Z',
    resourceGroupId: 'rg-1',
    tags: [{ key: 'env', value: 'prod' }],
    ...overrides,
  };
}

/** A one-page list envelope. */
export function ipv6PageFixture(items: Ipv6Gateway[]): Ipv6GatewayPage {
  return { items, total: items.length, page: 1, pageSize: 20 };
}

/** An IPv6 address of the fixture gateway's VPC; `bandwidth` gives it internet bandwidth. */
export function ipv6AddressFixture(id: string, bandwidth?: number): Ipv6Address {
  return {
    id,
    address: `2408:4005:3a3:e901::${id.slice(-2)}`,
    name: `${id}-name`,
    description: '',
    status: 'Available',
    regionId: 'cn-hangzhou',
    vpcId: 'vpc-bp1prod',
    vSwitchId: 'vsw-bp1app',
    ipv6GatewayId: 'ipv6gw-bp1test',
    instanceId: `i-${id}`,
    instanceType: 'EcsInstance',
    networkType: bandwidth ? 'Public' : 'Private',
    allocationTime: '2026-05-01T08:00:00Z',
    internetBandwidth: bandwidth
      ? {
          id: `ipv6bw-${id}`,
          bandwidth,
          internetChargeType: 'PayByBandwidth',
          instanceChargeType: 'PostPaid',
          businessStatus: 'Normal',
        }
      : undefined,
    tags: [],
  };
}
