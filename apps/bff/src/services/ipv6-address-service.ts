import type {
  AllocateIpv6BandwidthRequest,
  Ipv6Address,
  Ipv6AddressListQuery,
} from '@gc/contracts';
import type { VpcClient } from '@gc/vpc-client';
import { foundOr404 } from './kit/not-found.ts';
import { collectPages } from './collect.ts';
import { toIpv6Address } from './ipv6.mappers.ts';

/** IPv6 addresses and their internet bandwidth (allocate, change, release). */
export class Ipv6AddressService {
  constructor(private readonly client: VpcClient) {}

  /**
   * Every address matching the filters (all pages). DescribeIpv6Addresses has no gateway filter
   * (REFERENCE §3.5), and an address belongs to the gateway of its VPC, so `ipv6GatewayId` becomes
   * that gateway's VPC; an unknown gateway, or one of another VPC than `vpcId`, matches nothing.
   */
  async list(regionId: string, query: Ipv6AddressListQuery): Promise<Ipv6Address[]> {
    let vpcId = query.vpcId;
    if (query.ipv6GatewayId !== undefined) {
      const gw = await this.client.describeIpv6GatewayAttribute({
        RegionId: regionId,
        Ipv6GatewayId: query.ipv6GatewayId,
      });
      if (!gw.VpcId || (vpcId !== undefined && vpcId !== gw.VpcId)) return [];
      vpcId = gw.VpcId;
    }
    const items = await collectPages(async (page) => {
      const r = await this.client.describeIpv6Addresses({
        RegionId: regionId,
        VpcId: vpcId,
        VSwitchId: query.vSwitchId,
        NetworkType: query.networkType,
        ...page,
      });
      return { items: r.Ipv6Addresses.Ipv6Address, totalCount: r.TotalCount };
    });
    return items.map((a) => toIpv6Address(a, regionId));
  }

  /** One address; the API has no not-found code here (empty list, REFERENCE §5.6) → 404. */
  async get(regionId: string, id: string): Promise<Ipv6Address> {
    const r = await this.client.describeIpv6Addresses({ RegionId: regionId, Ipv6AddressId: id });
    const found = r.Ipv6Addresses.Ipv6Address.find((a) => a.Ipv6AddressId === id);
    const code = 'InvalidIpv6AddressId.NotFound';
    const missing = { kind: 'IPv6 address', id, regionId, code, requestId: r.RequestId };
    return toIpv6Address(foundOr404(found, missing), regionId);
  }

  /** Buys internet bandwidth for an address; the ClientToken makes a resubmission harmless. */
  async allocateBandwidth(
    regionId: string,
    id: string,
    input: AllocateIpv6BandwidthRequest,
    clientToken: string,
  ): Promise<Ipv6Address> {
    await this.client.allocateIpv6InternetBandwidth({
      RegionId: regionId,
      Ipv6AddressId: id,
      Bandwidth: input.bandwidth,
      InternetChargeType: input.internetChargeType,
      ClientToken: clientToken,
    });
    return this.get(regionId, id);
  }

  /** Changes the bandwidth of an address that has some (ModifyIpv6InternetBandwidth, sdk model). */
  async changeBandwidth(regionId: string, id: string, bandwidth: number): Promise<Ipv6Address> {
    await this.client.modifyIpv6InternetBandwidth({
      RegionId: regionId,
      Ipv6AddressId: id,
      Bandwidth: bandwidth,
    });
    return this.get(regionId, id);
  }

  /** Releases an address's internet bandwidth (DeleteIpv6InternetBandwidth, sdk model). */
  async releaseBandwidth(regionId: string, id: string): Promise<void> {
    await this.client.deleteIpv6InternetBandwidth({ RegionId: regionId, Ipv6AddressId: id });
  }
}
