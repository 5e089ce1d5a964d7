import type {
  CreateCustomerGatewayRequest,
  CustomerGateway,
  Tag,
  UpdateCustomerGatewayInput,
} from '@gc/contracts';
import { parseAsn } from '@gc/contracts';
import type { VpcClient } from '@gc/vpc-client';
import { collectPages } from './collect.ts';
import { replaceTags } from './kit/replace-tags.ts';
import type { VpnConnectionService } from './vpn-connection-service.ts';
import { toCustomerGateway } from './vpn.mappers.ts';
import { upstreamCall } from '../upstream-error-map.ts';
import { VPN_ERRORS } from '../upstream-error-tables.ts';

// TagResources resource type of customer gateways: the sdk list's spelling (REFERENCE, TagResources).
const CUSTOMER_GATEWAY_RESOURCE_TYPE = 'CUSTOMERGATEWAY';

/** Customer gateways (REFERENCE §3.4): synchronous, no status; each lists the connections using it. */
export class CustomerGatewayService {
  constructor(
    private readonly client: VpcClient,
    private readonly connections: VpnConnectionService,
  ) {}

  private async usage(regionId: string): Promise<Map<string, string[]>> {
    const byGateway = new Map<string, string[]>();
    for (const c of await this.connections.all(regionId)) {
      // A dual-tunnel connection uses one customer gateway per tunnel (maybe the same twice).
      const used = new Set([c.customerGatewayId, ...c.tunnels.map((t) => t.customerGatewayId)]);
      for (const cgw of used) byGateway.set(cgw, [...(byGateway.get(cgw) ?? []), c.id]);
    }
    return byGateway;
  }

  /** Every customer gateway of the region. */
  async list(regionId: string): Promise<CustomerGateway[]> {
    const [items, usage] = await Promise.all([
      collectPages(async (page) => {
        const r = await this.client.describeCustomerGateways({ RegionId: regionId, ...page });
        return { items: r.CustomerGateways.CustomerGateway, totalCount: r.TotalCount };
      }),
      this.usage(regionId),
    ]);
    return items
      .map((c) => toCustomerGateway(c, usage.get(c.CustomerGatewayId) ?? []))
      .sort((a, b) => b.createTime.localeCompare(a.createTime) || a.id.localeCompare(b.id));
  }

  /** One customer gateway; 404 `InvalidCustomerGatewayInstanceId.NotFound` when unknown. */
  async get(regionId: string, id: string): Promise<CustomerGateway> {
    const [r, usage] = await Promise.all([
      this.client.describeCustomerGateway({ RegionId: regionId, CustomerGatewayId: id }),
      this.usage(regionId),
    ]);
    return toCustomerGateway(r, usage.get(id) ?? []);
  }

  /** Registers the peer device; `InvalidIpAddress.AlreadyExist` lands on the `ipAddress` field. */
  async create(
    regionId: string,
    input: CreateCustomerGatewayRequest,
    clientToken: string,
  ): Promise<CustomerGateway> {
    // Asn is a string in the request and may be `high.low`; the plain number is sent (REFERENCE §3.4).
    const asn = input.asn === undefined || input.asn === '' ? undefined : parseAsn(input.asn);
    const r = await upstreamCall(VPN_ERRORS, () =>
      this.client.createCustomerGateway({
        RegionId: regionId,
        IpAddress: input.ipAddress,
        Asn: asn === undefined ? undefined : String(asn),
        Name: input.name || undefined,
        Description: input.description || undefined,
        ClientToken: clientToken,
      }),
    );
    return this.get(regionId, r.CustomerGatewayId);
  }

  /** Renames / re-describes one, or sets its BGP auth key (which locks the VPN gateways using it). */
  async update(
    regionId: string,
    id: string,
    input: UpdateCustomerGatewayInput,
  ): Promise<CustomerGateway> {
    await upstreamCall(VPN_ERRORS, () =>
      this.client.modifyCustomerGatewayAttribute({
        RegionId: regionId,
        CustomerGatewayId: id,
        Name: input.name,
        Description: input.description,
        AuthKey: input.authKey,
      }),
    );
    return this.get(regionId, id);
  }

  /** Deletes one; refused with 409 `DependencyViolation.VpnConnection` while a connection uses it. */
  async remove(regionId: string, id: string): Promise<void> {
    await upstreamCall(VPN_ERRORS, () =>
      this.client.deleteCustomerGateway({ RegionId: regionId, CustomerGatewayId: id }),
    );
  }

  /** Replaces the tag set (the kit's {@link replaceTags}), then reads the gateway back. */
  async replaceTags(regionId: string, id: string, tags: Tag[]): Promise<CustomerGateway> {
    const current = (await this.get(regionId, id)).tags;
    await replaceTags(
      this.client,
      { regionId, resourceType: CUSTOMER_GATEWAY_RESOURCE_TYPE, id },
      current,
      tags,
    );
    return this.get(regionId, id);
  }
}
