import { ok } from './signed-call.ts';

/** One item of DescribeIpv6EgressOnlyRules. */
export interface Rule {
  Ipv6EgressOnlyRuleId: string;
  InstanceId: string;
  InstanceType: string;
  Name: string;
  Description: string;
  Status: string;
}

/** A DescribeIpv6EgressOnlyRules answer. */
export interface Rules {
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  Ipv6EgressOnlyRules: { Ipv6EgressOnlyRule: Rule[] };
}

/** Raw signed look-ups of IPv6 objects by their seeded names, against the emulator at `url()`. */
export function ipv6Lookups(url: () => string, defaultRegion = 'cn-hangzhou') {
  const rules = (filter: Record<string, string | number>, regionId = defaultRegion) =>
    ok<Rules>(url(), 'DescribeIpv6EgressOnlyRules', { RegionId: regionId, ...filter });

  async function gatewayId(name: string, regionId = defaultRegion): Promise<string> {
    const r = await ok<{ Ipv6Gateways: { Ipv6Gateway: { Ipv6GatewayId: string }[] } }>(
      url(),
      'DescribeIpv6Gateways',
      { RegionId: regionId, Name: name },
    );
    return r.Ipv6Gateways.Ipv6Gateway[0]?.Ipv6GatewayId ?? '';
  }

  async function addressId(name: string, regionId = defaultRegion): Promise<string> {
    const r = await ok<{ Ipv6Addresses: { Ipv6Address: { Ipv6AddressId: string }[] } }>(
      url(),
      'DescribeIpv6Addresses',
      { RegionId: regionId, Name: name },
    );
    return r.Ipv6Addresses.Ipv6Address[0]?.Ipv6AddressId ?? '';
  }

  const createRule = (gw: string, instance: string, extra: Record<string, string> = {}) =>
    ok<{ Ipv6EgressRuleId: string }>(url(), 'CreateIpv6EgressOnlyRule', {
      RegionId: defaultRegion,
      Ipv6GatewayId: gw,
      InstanceId: instance,
      ...extra,
    });

  /** A fresh gateway on 支付系统VPC (IPv6 on, no gateway in the seed), still `Pending`. */
  async function pendingPayGateway(): Promise<string> {
    const vpcs = await ok<{ Vpcs: { Vpc: { VpcId: string }[] } }>(url(), 'DescribeVpcs', {
      RegionId: defaultRegion,
      VpcName: '支付系统VPC',
    });
    const created = await ok<{ Ipv6GatewayId: string }>(url(), 'CreateIpv6Gateway', {
      RegionId: defaultRegion,
      VpcId: vpcs.Vpcs.Vpc[0]?.VpcId ?? '',
    });
    return created.Ipv6GatewayId;
  }

  return { rules, gatewayId, addressId, createRule, pendingPayGateway };
}
