import type {
  CreateVpnPolicyRouteRequest,
  CreateVpnRouteRequest,
  PublishVpnRouteRequest,
  UpdateVpnPolicyRouteRequest,
  VpnPolicyRoute,
  VpnPolicyRouteKey,
  VpnRoute,
  VpnRouteKey,
  VpnRouteWeightRequest,
} from '@gc/contracts';
import type { VpcClient } from '@gc/vpc-client';
import { upstreamCall } from '../upstream-error-map.ts';
import { VPN_ROUTE_ERRORS } from '../upstream-error-tables.ts';
import { collectPages } from './collect.ts';
import { foundOr404 } from './kit/not-found.ts';
import { toVpnPolicyRoute, toVpnRoute } from './vpn-route.mappers.ts';

/**
 * Destination and policy routes of a VPN gateway (REFERENCE-2 §2). Routes have no ID: every
 * change sends the full key, with the current weight (and priority, when known).
 */
export class VpnRouteService {
  constructor(private readonly client: VpcClient) {}

  private key(regionId: string, gatewayId: string, k: VpnRouteKey) {
    return {
      RegionId: regionId,
      VpnGatewayId: gatewayId,
      RouteDest: k.destination,
      NextHop: k.nextHop,
      Weight: k.weight,
    };
  }

  private pbrKey(regionId: string, gatewayId: string, k: VpnPolicyRouteKey) {
    return { ...this.key(regionId, gatewayId, k), RouteSource: k.source, Priority: k.priority };
  }

  /** Every destination route of the gateway (all pages). */
  async list(regionId: string, gatewayId: string): Promise<VpnRoute[]> {
    const items = await collectPages(async (page) => {
      const r = await this.client.describeVpnRouteEntries({
        RegionId: regionId,
        VpnGatewayId: gatewayId,
        RouteEntryType: 'custom',
        ...page,
      });
      return { items: r.VpnRouteEntries.VpnRouteEntry, totalCount: r.TotalCount };
    });
    return items.map((r) => toVpnRoute(r, gatewayId));
  }

  /** Adds a destination route; the answer is the route as requested (the gateway goes updating). */
  async create(
    regionId: string,
    gatewayId: string,
    input: CreateVpnRouteRequest,
    clientToken: string,
  ): Promise<VpnRoute> {
    const r = await upstreamCall(VPN_ROUTE_ERRORS, () =>
      this.client.createVpnRouteEntry({
        ...this.key(regionId, gatewayId, input),
        PublishVpc: input.publish,
        Description: input.description || undefined,
        ClientToken: clientToken,
      }),
    );
    return toVpnRoute(r, gatewayId);
  }

  /** Deletes the destination route with this key (404 when no route has it). */
  async remove(regionId: string, gatewayId: string, key: VpnRouteKey): Promise<void> {
    await upstreamCall(VPN_ROUTE_ERRORS, () =>
      this.client.deleteVpnRouteEntry(this.key(regionId, gatewayId, key)),
    );
  }

  /** Publishes a destination or policy route to the VPC's system route table, or withdraws it. */
  async publish(regionId: string, gatewayId: string, input: PublishVpnRouteRequest): Promise<void> {
    await upstreamCall(VPN_ROUTE_ERRORS, () =>
      this.client.publishVpnRouteEntry({
        RegionId: regionId,
        VpnGatewayId: gatewayId,
        RouteDest: input.destination,
        NextHop: input.nextHop,
        RouteType: input.routeType,
        PublishVpc: input.publish,
      }),
    );
  }

  /** Changes a destination route's weight. */
  async setWeight(regionId: string, gatewayId: string, input: VpnRouteWeightRequest) {
    await upstreamCall(VPN_ROUTE_ERRORS, () =>
      this.client.modifyVpnRouteEntryWeight({
        ...this.key(regionId, gatewayId, input),
        NewWeight: input.newWeight,
      }),
    );
  }

  /** Every policy route of the gateway, in priority order (the API's order). */
  async listPolicy(regionId: string, gatewayId: string): Promise<VpnPolicyRoute[]> {
    const items = await collectPages(async (page) => {
      const r = await this.client.describeVpnPbrRouteEntries({
        RegionId: regionId,
        VpnGatewayId: gatewayId,
        ...page,
      });
      return { items: r.VpnPbrRouteEntries.VpnPbrRouteEntry, totalCount: r.TotalCount };
    });
    return items.map((r) => toVpnPolicyRoute(r, gatewayId));
  }

  /** Adds a policy route (priority 10 unless given). */
  async createPolicy(
    regionId: string,
    gatewayId: string,
    input: CreateVpnPolicyRouteRequest,
    clientToken: string,
  ): Promise<VpnPolicyRoute> {
    const r = await upstreamCall(VPN_ROUTE_ERRORS, () =>
      this.client.createVpnPbrRouteEntry({
        ...this.pbrKey(regionId, gatewayId, input),
        PublishVpc: input.publish,
        Description: input.description || undefined,
        ClientToken: clientToken,
      }),
    );
    return toVpnPolicyRoute(r, gatewayId);
  }

  /** Deletes the policy route with this key. */
  async removePolicy(regionId: string, gatewayId: string, key: VpnPolicyRouteKey): Promise<void> {
    await upstreamCall(VPN_ROUTE_ERRORS, () =>
      this.client.deleteVpnPbrRouteEntry(this.pbrKey(regionId, gatewayId, key)),
    );
  }

  /**
   * Changes a policy route's weight and/or priority with the narrowest action: Priority or Weight
   * for one change, Attribute (which needs the current priority, read when not sent) for both.
   */
  async updatePolicy(regionId: string, gatewayId: string, input: UpdateVpnPolicyRouteRequest) {
    const { newWeight, newPriority } = input;
    const key = this.pbrKey(regionId, gatewayId, input);
    if (newWeight !== undefined && newPriority !== undefined) {
      const Priority = key.Priority ?? (await this.currentPriority(regionId, gatewayId, input));
      await upstreamCall(VPN_ROUTE_ERRORS, () =>
        this.client.modifyVpnPbrRouteEntryAttribute({
          ...key,
          Priority,
          NewWeight: newWeight,
          NewPriority: newPriority,
        }),
      );
    } else if (newPriority !== undefined) {
      await upstreamCall(VPN_ROUTE_ERRORS, () =>
        this.client.modifyVpnPbrRouteEntryPriority({ ...key, NewPriority: newPriority }),
      );
    } else {
      await upstreamCall(VPN_ROUTE_ERRORS, () =>
        this.client.modifyVpnPbrRouteEntryWeight({ ...key, NewWeight: newWeight }),
      );
    }
  }

  private async currentPriority(regionId: string, gatewayId: string, k: VpnPolicyRouteKey) {
    const found = (await this.listPolicy(regionId, gatewayId)).find(
      (r) => r.source === k.source && r.destination === k.destination && r.nextHop === k.nextHop,
    );
    const id = `${k.source} → ${k.destination} via ${k.nextHop}`;
    const code = 'InvalidRouteEntry.NotFound';
    return foundOr404(found, { kind: 'Policy route', id, regionId, code }).priority;
  }
}
