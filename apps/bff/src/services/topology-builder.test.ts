import { describe, expect, it } from 'vitest';
import type { Ipv6Address, NatGateway, VpnConnection, VpnGateway } from '@gc/contracts';
import { buildTopology, type TopologyInput } from './topology-builder.ts';

const vpc = {
  id: 'vpc-1',
  name: 'core',
  cidrBlock: '10.0.0.0/16',
  status: 'Available',
  isDefault: false,
  description: '',
  regionId: 'cn-hangzhou',
  vSwitchIds: ['vsw-1'],
  natGatewayIds: ['ngw-1'],
  tags: [],
};
const vsw = {
  id: 'vsw-1',
  name: 'app',
  cidrBlock: '10.0.1.0/24',
  vpcId: 'vpc-1',
  zoneId: 'cn-hangzhou-h',
  status: 'Available',
  availableIpAddressCount: 250,
  description: '',
};
const nat = {
  id: 'ngw-1',
  name: 'egress',
  status: 'Available',
  vSwitchId: 'vsw-1',
  eips: [{ allocationId: 'eip-1', ipAddress: '47.0.0.1' }],
} as NatGateway;
const conn = (id: string) =>
  ({
    id,
    name: id,
    vpnGatewayId: 'vpn-1',
    customerGatewayId: 'cgw-1',
    status: 'ipsec_sa_established',
  }) as VpnConnection;

function input(over: Partial<TopologyInput> = {}): TopologyInput {
  return {
    regionId: 'cn-hangzhou',
    vpc,
    vSwitches: [vsw],
    natGateways: [
      {
        gateway: nat,
        snat: [
          {
            id: 'snat-1',
            name: '',
            snatTableId: 'stb',
            snatIp: '47.0.0.1',
            sourceCidr: '10.0.1.0/24',
            status: 'Available',
          },
        ],
        dnat: [],
      },
    ],
    vpnGateways: [
      {
        id: 'vpn-1',
        name: 'office',
        status: 'active',
        internetIp: '1.2.3.4',
        vSwitchId: '',
      } as VpnGateway,
    ],
    connections: [conn('vco-1'), conn('vco-2')],
    customerGateways: [
      {
        id: 'cgw-1',
        name: 'hq',
        description: '',
        ipAddress: '5.6.7.8',
        creationTime: '',
        createTime: '',
        tags: [],
        connectionIds: [],
      },
    ],
    ipv6Gateways: [],
    addresses: [],
    ...over,
  };
}

const edges = (t: ReturnType<typeof buildTopology>) =>
  t.edges.map((e) => `${e.source}>${e.target}`);

describe('buildTopology', () => {
  it('chains VPC → vSwitch → NAT → EIP/SNAT and VPN → IPsec → customer gateway', () => {
    const t = buildTopology(input());
    expect(edges(t)).toEqual([
      'vpc-1>vsw-1',
      'vsw-1>ngw-1',
      'ngw-1>eip-1',
      'ngw-1>snat-1',
      'vpc-1>vpn-1',
      'vpn-1>vco-1',
      'vco-1>cgw-1',
      'vpn-1>vco-2',
      'vco-2>cgw-1',
    ]);
    // The shared customer gateway is one node.
    expect(t.nodes.filter((n) => n.id === 'cgw-1')).toHaveLength(1);
    expect(t.nodes.find((n) => n.id === 'snat-1')).toMatchObject({
      label: 'SNAT 10.0.1.0/24',
      opens: { page: 'nat-gateway', id: 'ngw-1' },
    });
  });

  it('hangs IPv6 addresses off the gateway with their bandwidth, else off their vSwitch', () => {
    const address = (id: string, bandwidth?: number) =>
      ({
        id,
        address: `2408::${id}`,
        vSwitchId: 'vsw-1',
        networkType: bandwidth ? 'Public' : 'Private',
        internetBandwidth: bandwidth ? { bandwidth } : undefined,
      }) as Ipv6Address;
    const gw = {
      id: 'ipv6gw-1',
      name: '',
      status: 'Available',
    } as TopologyInput['ipv6Gateways'][number];
    const withGateway = buildTopology(
      input({ ipv6Gateways: [gw], addresses: [address('a', 10), address('b')] }),
    );
    expect(edges(withGateway)).toEqual(
      expect.arrayContaining(['vpc-1>ipv6gw-1', 'ipv6gw-1>a', 'ipv6gw-1>b']),
    );
    expect(withGateway.nodes.find((n) => n.id === 'a')?.detail).toBe('10 Mbit/s');
    expect(withGateway.nodes.find((n) => n.id === 'b')).toMatchObject({
      detail: '',
      status: 'Private',
    });
    const without = buildTopology(input({ addresses: [address('b')] }));
    expect(edges(without)).toContain('vsw-1>b');
  });
});
