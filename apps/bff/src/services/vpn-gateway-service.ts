import {
  allowedVpnBandwidths,
  fieldError,
  type CreateVpnGatewayRequest,
  type UpdateVpnGatewayRequest,
  type VpnGateway,
  type VpnGatewayListQuery,
  type VpnGatewayPage,
  type Tag,
  type VpnGatewayZoneList,
  type VpnGatewayZonesQuery,
} from '@gc/contracts';
import { waitFor, type VpcClient } from '@gc/vpc-client';
import { InputError } from '../errors.ts';
import { collectPages } from './collect.ts';
import { gatewayPageSpec, pageResources, type PageSpec } from './kit/page-resources.ts';
import { RegionIndex, type IndexSettings } from './kit/region-index.ts';
import { replaceTags } from './kit/replace-tags.ts';
import { toVpnGateway } from './vpn.mappers.ts';
import type { VpnDescribePayload, VpnDescribeQueue } from './vpn-describe-job.ts';
import {
  availableZones,
  createUpstreamGateway,
  deleteUpstreamGateway,
  modifyUpstreamGateway,
} from './vpn-gateway-dual.ts';

// TagResources resource type of VPN gateways: the sdk list's spelling (REFERENCE, TagResources).
const VPN_GATEWAY_RESOURCE_TYPE = 'VPNGATEWAY';

// Newest first by the text of `createTime` ('' when absent sorts last), ties by ascending ID;
// the other keys are the list's sortable columns.
const VPN_GATEWAY_PAGE: PageSpec<VpnGateway> = {
  ...gatewayPageSpec<VpnGateway>(),
  sortKeys: {
    creationTime: (g) => g.createTime,
    name: (g) => g.name,
    status: (g) => g.status,
    bandwidth: (g) => g.bandwidth,
    endTime: (g) => g.endTime ?? '',
  },
  tieOrder: 'ascending',
};

/** Filters (`q` on name or ID, status, VPC) and pages a full list, newest first. */
export function pageVpnGateways(all: VpnGateway[], query: VpnGatewayListQuery): VpnGatewayPage {
  return pageResources(all, query, VPN_GATEWAY_PAGE);
}

/** VPN gateways of one region (REFERENCE §3.4): API PascalCase in, contracts camelCase out. */
export class VpnGatewayService {
  private readonly background = new Set<Promise<void>>();
  private readonly index?: RegionIndex<VpnGateway>;

  /** @param indexing keeps each region's list in memory (issue 17); without it every list reads upstream. */
  constructor(
    private readonly client: VpcClient,
    private readonly log?: { warn(obj: object, msg?: string): void },
    private readonly describeWaitMs = 15 * 60_000,
    /** Durable jobs (the app's store): the deferred description survives restarts and instances. */
    private readonly describeQueue?: VpnDescribeQueue,
    indexing?: IndexSettings,
  ) {
    if (!indexing) return;
    const fresh = new VpnGatewayService(indexing.client, log, describeWaitMs);
    this.index = new RegionIndex((r) => fresh.all(r), VPN_GATEWAY_PAGE, indexing);
  }

  /** Resolves once every background follow-up (a deferred description) has finished. */
  async idle(): Promise<void> {
    await Promise.all([...this.background]);
  }

  /** Every gateway of the region, page by page through the coalescing client. */
  async all(regionId: string): Promise<VpnGateway[]> {
    const items = await collectPages(async (page) => {
      const r = await this.client.describeVpnGateways({ RegionId: regionId, ...page });
      return { items: r.VpnGateways.VpnGateway, totalCount: r.TotalCount };
    });
    return items.map((g) => toVpnGateway(g, regionId));
  }

  /** One page; the API has no substring search, so filters apply to the full list. */
  async list(regionId: string, query: VpnGatewayListQuery): Promise<VpnGatewayPage> {
    if (this.index) return this.index.page(regionId, query);
    return pageVpnGateways(await this.all(regionId), query);
  }

  /** One gateway; 404 `InvalidVpnGatewayInstanceId.NotFound` when unknown. */
  async get(regionId: string, id: string): Promise<VpnGateway> {
    const r = await this.client.describeVpnGateway({ RegionId: regionId, VpnGatewayId: id });
    return toVpnGateway({ ...r, Status: r.Status ?? '' }, regionId);
  }

  /** Creates a gateway (AutoPay, so no billing step blocks it); the ClientToken dedupes resubmits. */
  async create(
    regionId: string,
    input: CreateVpnGatewayRequest,
    clientToken: string,
    who: Pick<VpnDescribePayload, 'user' | 'role'> = {},
  ): Promise<VpnGateway> {
    // The allowed bandwidths depend on the region's site (REFERENCE §3.4): checked here, on the field.
    if (!allowedVpnBandwidths(regionId, input.networkType).includes(input.bandwidth)) {
      throw new InputError(`Invalid request body: bandwidth: not offered in ${regionId}`, [
        fieldError('bandwidth', 'vpnBandwidth'),
      ]);
    }
    const id = await createUpstreamGateway(this.client, regionId, input, clientToken);
    if (input.description)
      await this.describeLater({
        regionId,
        id,
        description: input.description,
        kind: input.gatewayType,
        ...who,
      });
    return this.get(regionId, id);
  }

  /** The zones a gateway spec can be placed in, for the two vSwitch pickers. */
  zones(regionId: string, query: VpnGatewayZonesQuery): Promise<VpnGatewayZoneList> {
    return availableZones(this.client, regionId, query);
  }

  /**
   * CreateVpnGateway takes no Description (REFERENCE §3.4) and a provisioning gateway refuses
   * changes (§4.4): set it now if the gateway is already active, else once it becomes active.
   */
  private async describeLater(job: VpnDescribePayload): Promise<void> {
    const { regionId, id, description, kind } = job;
    const modify = () =>
      modifyUpstreamGateway(this.client, kind, {
        RegionId: regionId,
        VpnGatewayId: id,
        Description: description,
      });
    const now = await this.get(regionId, id);
    if (now.status === 'active') {
      await modify();
      return;
    }
    if (this.describeQueue) {
      await this.describeQueue.enqueue(job);
      return;
    }
    const task = waitFor(
      () => this.get(regionId, id),
      (g) => g.status === 'active',
      { timeoutMs: this.describeWaitMs, initialDelayMs: 1_000, maxDelayMs: 20_000 },
    )
      .then(modify)
      .then(
        () => undefined,
        (err: unknown) => {
          const code = (err as { code?: unknown }).code;
          this.log?.warn({ vpnGatewayId: id, code }, 'deferred VPN gateway description failed');
        },
      )
      .finally(() => this.background.delete(task));
    this.background.add(task);
  }

  /** Renames and/or re-describes a gateway. */
  async update(regionId: string, id: string, patch: UpdateVpnGatewayRequest): Promise<VpnGateway> {
    const { gatewayType } = await this.get(regionId, id);
    await modifyUpstreamGateway(this.client, gatewayType, {
      RegionId: regionId,
      VpnGatewayId: id,
      Name: patch.name,
      Description: patch.description,
    });
    return this.get(regionId, id);
  }

  /**
   * Deletes a gateway: 409 `DependencyViolation.VpnConnection` while connections remain, 403
   * `ForbiddenRelease` for a subscription within its term (REFERENCE-2 §6 row 9).
   */
  async remove(regionId: string, id: string): Promise<void> {
    const { gatewayType } = await this.get(regionId, id);
    await deleteUpstreamGateway(this.client, gatewayType, regionId, id);
  }

  /** Replaces the tag set (the kit's {@link replaceTags}), then reads the gateway back. */
  async replaceTags(regionId: string, id: string, tags: Tag[]): Promise<VpnGateway> {
    const current = (await this.get(regionId, id)).tags;
    await replaceTags(
      this.client,
      { regionId, resourceType: VPN_GATEWAY_RESOURCE_TYPE, id },
      current,
      tags,
    );
    return this.get(regionId, id);
  }
}
