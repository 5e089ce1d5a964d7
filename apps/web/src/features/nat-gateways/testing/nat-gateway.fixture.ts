import type { NatGateway, NatGatewayPage } from '@gc/contracts';

/** A complete NAT gateway for tests; override what the test is about. */
export function natGatewayFixture(overrides: Partial<NatGateway> = {}): NatGateway {
  return {
    id: 'ngw-test1',
    name: 'prod-egress',
    description: '',
    status: 'Available',
    regionId: 'cn-hangzhou',
    vpcId: 'vpc-test1',
    vSwitchId: 'vsw-test1',
    zoneId: 'cn-hangzhou-h',
    natType: 'Enhanced',
    networkType: 'internet',
    spec: '',
    instanceChargeType: 'PostPaid',
    internetChargeType: 'PayByLcu',
    eipBindMode: 'MULTI_BINDED',
    deletionProtection: false,
    privateIpAddress: '10.0.0.5',
    creationTime: '2026-01-01T08:00:00Z',
    snatTableIds: ['stb-1'],
    forwardTableIds: ['ftb-1'],
    eips: [{ allocationId: 'eip-1', ipAddress: '47.96.1.1' }],
    tags: [{ key: 'env', value: 'prod' }],
    ...overrides,
  };
}

/** One page holding the given gateways. */
export function pageFixture(items: NatGateway[], page = 1): NatGatewayPage {
  return { items, total: items.length, page, pageSize: 20 };
}
