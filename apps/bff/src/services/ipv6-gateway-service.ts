import type {
  CreateIpv6GatewayRequest,
  Ipv6Gateway,
  Ipv6GatewayListQuery,
  Ipv6GatewayPage,
  Ipv6VpcCandidate,
  Tag,
  UpdateIpv6GatewayRequest,
} from '@gc/contracts';
import { VpcApiError, type VpcClient } from '@gc/vpc-client';
import { HttpError } from '../errors.ts';
import { collectPages } from './collect.ts';
import { IPV6_GATEWAY_PAGE, pageIpv6Gateways } from './ipv6-gateway-query.ts';
import { toIpv6Gateway, toIpv6VpcCandidate } from './ipv6.mappers.ts';
import { RegionService } from './region-service.ts';
import { notFound } from './kit/not-found.ts';
import { RegionIndex, type IndexSettings } from './kit/region-index.ts';
import { replaceTags } from './kit/replace-tags.ts';

// TagResources resource type of IPv6 gateways (REFERENCE §3.6, sdk list).
const IPV6_GATEWAY_RESOURCE_TYPE = 'IPV6GATEWAY';

/** Code of the BFF's 409 when a VPC already has its (single) IPv6 gateway. */
export const IPV6_GATEWAY_EXISTS = 'Ipv6GatewayExists';

/** IPv6 gateways of one region: API PascalCase in, contracts camelCase out. */
export class Ipv6GatewayService {
  private readonly regions: RegionService;
  private readonly index?: RegionIndex<Ipv6Gateway>;

  /** @param indexing keeps each region's list in memory (issue 17); without it every list reads upstream. */
  constructor(
    private readonly client: VpcClient,
    indexing?: IndexSettings,
  ) {
    this.regions = new RegionService(client);
    if (!indexing) return;
    const fresh = new Ipv6GatewayService(indexing.client);
    this.index = new RegionIndex((r) => fresh.all(r), IPV6_GATEWAY_PAGE, indexing);
  }

  /** Every gateway of the region (all pages, through the coalescing cache). */
  async all(regionId: string, vpcId?: string): Promise<Ipv6Gateway[]> {
    const items = await collectPages(async (page) => {
      const r = await this.client.describeIpv6Gateways({
        RegionId: regionId,
        VpcId: vpcId,
        ...page,
      });
      return { items: r.Ipv6Gateways.Ipv6Gateway, totalCount: r.TotalCount };
    });
    return items.map(toIpv6Gateway);
  }

  /** One page; `q`, `status`, `vpcId` and `sort` apply to the full list (no substring search upstream). */
  async list(regionId: string, query: Ipv6GatewayListQuery): Promise<Ipv6GatewayPage> {
    if (this.index) return this.index.page(regionId, query);
    return pageIpv6Gateways(await this.all(regionId), query);
  }

  /**
   * One gateway. DescribeIpv6GatewayAttribute has no not-found code: an unknown ID answers 200
   * with an empty `Status` (REFERENCE §3.5, §5.6), which becomes our 404.
   */
  async get(regionId: string, id: string): Promise<Ipv6Gateway> {
    const r = await this.client.describeIpv6GatewayAttribute({
      RegionId: regionId,
      Ipv6GatewayId: id,
    });
    if (!r.Status || !r.Ipv6GatewayId) {
      const code = 'InvalidIpv6GatewayId.NotFound';
      throw notFound({ kind: 'IPv6 gateway', id, regionId, code, requestId: r.RequestId });
    }
    return toIpv6Gateway({ ...r, Ipv6GatewayId: r.Ipv6GatewayId, Status: r.Status });
  }

  /** The VPCs of the region, each marked eligible or with the reason it cannot take a gateway. */
  async vpcCandidates(regionId: string): Promise<Ipv6VpcCandidate[]> {
    const [vpcs, gateways] = await Promise.all([this.regions.vpcs(regionId), this.all(regionId)]);
    return vpcs.map((v) => toIpv6VpcCandidate(v, gateways));
  }

  /**
   * Creates the VPC's gateway. The refusal code for "VPC already has one" is not confirmed
   * (REFERENCE §3.5), so an upstream 4xx is explained by looking the VPC's gateway up: when one
   * exists the answer is a 409 on `vpcId`. Checking before the call would break ClientToken
   * replays, whose first attempt made that very gateway.
   */
  async create(
    regionId: string,
    input: CreateIpv6GatewayRequest,
    clientToken: string,
  ): Promise<Ipv6Gateway> {
    let id: string;
    try {
      const r = await this.client.createIpv6Gateway({
        RegionId: regionId,
        VpcId: input.vpcId,
        Name: input.name,
        Description: input.description || undefined,
        Tag: input.tags?.map((t) => ({ Key: t.key, Value: t.value })),
        ClientToken: clientToken,
      });
      id = r.Ipv6GatewayId;
    } catch (err) {
      throw await this.explainCreateFailure(regionId, input.vpcId, err);
    }
    return this.get(regionId, id);
  }

  private async explainCreateFailure(regionId: string, vpcId: string, err: unknown) {
    if (!(err instanceof VpcApiError) || err.httpStatus >= 500) return err;
    const existing = (await this.all(regionId, vpcId).catch(() => []))[0];
    if (!existing) return err;
    const reason = `already has IPv6 gateway ${existing.id}; a VPC can have only one`;
    return new HttpError(409, IPV6_GATEWAY_EXISTS, `VPC ${vpcId} ${reason}.`, {
      requestId: err.requestId,
      fields: [{ path: 'vpcId', message: reason }],
    });
  }

  /** Renames and/or re-describes a gateway (the only attributes the API can change). */
  async update(
    regionId: string,
    id: string,
    patch: UpdateIpv6GatewayRequest,
  ): Promise<Ipv6Gateway> {
    await this.client.modifyIpv6GatewayAttribute({
      RegionId: regionId,
      Ipv6GatewayId: id,
      Name: patch.name,
      Description: patch.description,
    });
    return this.get(regionId, id);
  }

  /**
   * Deletes a gateway. While addresses of its VPC still have internet bandwidth the API refuses
   * with `DependencyViolation.Ipv6InternetBandwidth` (REFERENCE §3.5), passed on as a 409.
   */
  async remove(regionId: string, id: string): Promise<void> {
    await this.client.deleteIpv6Gateway({ RegionId: regionId, Ipv6GatewayId: id });
  }

  /** Replaces the tag set (the kit's {@link replaceTags}), then reads the gateway back. */
  async replaceTags(regionId: string, id: string, tags: Tag[]): Promise<Ipv6Gateway> {
    const current = (await this.get(regionId, id)).tags;
    await replaceTags(
      this.client,
      { regionId, resourceType: IPV6_GATEWAY_RESOURCE_TYPE, id },
      current,
      tags,
    );
    return this.get(regionId, id);
  }
}
