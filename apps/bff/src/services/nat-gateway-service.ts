import type {
  CreateNatGatewayRequest,
  NatGateway,
  NatGatewayAttribute,
  NatGatewayZoneList,
  NatGatewayZonesQuery,
  NatGatewayListQuery,
  NatGatewayPage,
  Tag,
  UpdateNatGatewayRequest,
} from '@gc/contracts';
import type { VpcClient } from '@gc/vpc-client';
import { collectPages } from './collect.ts';
import { toNatGateway, toNatGatewayAttribute } from './nat-gateway.mappers.ts';
import { NAT_GATEWAY_PAGE, pageNatGateways } from './nat-gateway-query.ts';
import { foundOr404 } from './kit/not-found.ts';
import { RegionIndex, type IndexSettings } from './kit/region-index.ts';
import { replaceTags } from './kit/replace-tags.ts';

const NAT_RESOURCE_TYPE = 'NATGATEWAY';
// Pages 2…N of a large region in flight at once: 5,000 gateways are 100 round trips otherwise.
const NAT_PAGE_CONCURRENCY = 4;

/** NAT gateways of one region: API PascalCase in, contracts camelCase out. */
export class NatGatewayService {
  private readonly index?: RegionIndex<NatGateway>;

  /** @param indexing keeps each region's list in memory (issue 17); without it every list reads upstream. */
  constructor(
    private readonly client: VpcClient,
    indexing?: IndexSettings,
  ) {
    if (!indexing) return;
    const fresh = new NatGatewayService(indexing.client);
    this.index = new RegionIndex((r) => fresh.all(r), NAT_GATEWAY_PAGE, indexing);
  }

  /** Every gateway of the region, a few pages in flight (the client wrapper coalesces and caches pages). */
  async all(regionId: string): Promise<NatGateway[]> {
    const items = await collectPages(
      async (page) => {
        const r = await this.client.describeNatGateways({ RegionId: regionId, ...page });
        return { items: r.NatGateways.NatGateway, totalCount: r.TotalCount };
      },
      50,
      // DescribeNatGateways has no Throttling.DeepPageSkip (REFERENCE §2.2 names other actions).
      { concurrency: NAT_PAGE_CONCURRENCY },
    );
    return items.map(toNatGateway);
  }

  /**
   * One page of the list. The API has no substring search, so `q`, `status`, `vpcId` and `sort`
   * apply to the full upstream list (the region index when kept, else fetched for this call).
   */
  async list(regionId: string, query: NatGatewayListQuery): Promise<NatGatewayPage> {
    if (this.index) return this.index.page(regionId, query);
    return pageNatGateways(await this.all(regionId), query);
  }

  /** One gateway; 404 when the region has no gateway with this ID. */
  async get(regionId: string, id: string): Promise<NatGateway> {
    const r = await this.client.describeNatGateways({ RegionId: regionId, NatGatewayId: id });
    const found = r.NatGateways.NatGateway.find((g) => g.NatGatewayId === id);
    const code = 'InvalidNatGatewayId.NotFound';
    const missing = { kind: 'NAT gateway', id, regionId, code, requestId: r.RequestId };
    return toNatGateway(foundOr404(found, missing));
  }

  /** Creates a gateway; the ClientToken makes a repeated submission return the same gateway. */
  async create(
    regionId: string,
    input: CreateNatGatewayRequest,
    clientToken: string,
  ): Promise<NatGateway> {
    const r = await this.client.createNatGateway({
      RegionId: regionId,
      VpcId: input.vpcId,
      VSwitchId: input.vSwitchId,
      Name: input.name,
      Description: input.description || undefined,
      NatType: input.natType,
      NetworkType: input.networkType,
      InternetChargeType: input.internetChargeType,
      InstanceChargeType: input.instanceChargeType,
      EipBindMode: input.eipBindMode,
      Tag: input.tags?.map((t) => ({ Key: t.key, Value: t.value })),
      ClientToken: clientToken,
    });
    // No create-time parameter exists: create, then enable (REFERENCE-2 §4.4, as tf does).
    if (input.deletionProtection) await this.protect(regionId, 'NATGW', r.NatGatewayId, true);
    return this.get(regionId, r.NatGatewayId);
  }

  /** Renames and/or re-describes a gateway. */
  async update(regionId: string, id: string, patch: UpdateNatGatewayRequest): Promise<NatGateway> {
    await this.client.modifyNatGatewayAttribute({
      RegionId: regionId,
      NatGatewayId: id,
      Name: patch.name,
      Description: patch.description,
    });
    return this.get(regionId, id);
  }

  /**
   * Deletes a gateway. Without `force` the API refuses while entries or EIPs remain; its
   * DependencyViolation code passes through as a 409 so the UI can offer Force.
   */
  async remove(regionId: string, id: string, force: boolean): Promise<void> {
    await this.client.deleteNatGateway({ RegionId: regionId, NatGatewayId: id, Force: force });
  }

  /** Replaces the tag set (the kit's {@link replaceTags}), then reads the gateway back. */
  async replaceTags(regionId: string, id: string, tags: Tag[]): Promise<NatGateway> {
    const current = (await this.get(regionId, id)).tags;
    await replaceTags(
      this.client,
      { regionId, resourceType: NAT_RESOURCE_TYPE, id },
      current,
      tags,
    );
    return this.get(regionId, id);
  }

  /** Turns deletion protection of a NAT gateway (`NATGW`) or an EIP (`EIP`) on or off. */
  async protect(regionId: string, type: 'NATGW' | 'EIP', id: string, enabled: boolean) {
    await this.client.deletionProtection({
      RegionId: regionId,
      InstanceId: id,
      Type: type,
      ProtectionEnable: enabled,
    });
  }

  /** GetNatGatewayAttribute, plus the associated ENIs of a PrivateLink-enabled gateway. */
  async attribute(regionId: string, id: string): Promise<NatGatewayAttribute> {
    const a = await this.client.getNatGatewayAttribute({ RegionId: regionId, NatGatewayId: id });
    const enis = a.PrivateLinkEnabled
      ? (
          await this.client.describeNatGatewayAssociateNetworkInterfaces({
            RegionId: regionId,
            NatGatewayId: id,
            MaxResults: 100,
          })
        ).AssociateNetworkInterfaces
      : { AssociateNetworkInterface: [] };
    return toNatGatewayAttribute(a, enis);
  }

  /** The zones a NAT gateway can be created in, named in the console's language. */
  async zones(regionId: string, query: NatGatewayZonesQuery): Promise<NatGatewayZoneList> {
    const r = await this.client.listEnhanhcedNatGatewayAvailableZones({
      RegionId: regionId,
      // The API's default is Chinese here (REFERENCE-2 §4.6): always say which.
      AcceptLanguage: query.lang === 'zh' ? 'zh-CN' : 'en-US',
      Filter: query.privateLink
        ? [{ Key: 'PrivateLinkEnabled', Value: query.privateLink }]
        : undefined,
    });
    return { items: r.Zones.map((z) => ({ zoneId: z.ZoneId, zoneName: z.LocalName ?? z.ZoneId })) };
  }
}
