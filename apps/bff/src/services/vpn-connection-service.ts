import type {
  CreateVpnConnectionRequest,
  PeerConfig,
  UpdateTunnelInput,
  UpdateVpnConnectionRequest,
  VpnConnection,
  VpnConnectionListQuery,
} from '@gc/contracts';
import type { VpcClient } from '@gc/vpc-client';
import { collectPages } from './collect.ts';
import { toVpnConnection } from './vpn.mappers.ts';
import { buildPeerConfig } from './vpn-peer-config.ts';
import { upstreamCall } from '../upstream-error-map.ts';
import { VPN_ERRORS } from '../upstream-error-tables.ts';
import {
  createTunnels,
  ikeParams,
  ipsecParams,
  modifyRequest,
  modifyTunnelRequest,
} from './vpn-connection-requests.ts';

const normaliseSubnets = (raw: string) =>
  raw
    .split(',')
    .map((s) => s.trim())
    .join(',');

/** IPsec-VPN connections (REFERENCE §3.4); the pre-shared key only ever leaves in a peer config. */
export class VpnConnectionService {
  constructor(private readonly client: VpcClient) {}

  /** Every connection of the region, optionally of one VPN or customer gateway. */
  async all(regionId: string, query: VpnConnectionListQuery = {}): Promise<VpnConnection[]> {
    const items = await collectPages(async (page) => {
      const r = await this.client.describeVpnConnections({
        RegionId: regionId,
        VpnGatewayId: query.vpnGatewayId,
        CustomerGatewayId: query.customerGatewayId,
        ...page,
      });
      return { items: r.VpnConnections.VpnConnection, totalCount: r.TotalCount };
    });
    return items
      .map((c) => toVpnConnection(c, regionId))
      .sort((a, b) => a.createTime.localeCompare(b.createTime) || a.id.localeCompare(b.id));
  }

  /** One connection; 404 `InvalidVpnConnectionInstanceId.NotFound` when unknown. */
  async get(regionId: string, id: string): Promise<VpnConnection> {
    const r = await this.client.describeVpnConnection({ RegionId: regionId, VpnConnectionId: id });
    return toVpnConnection(r, regionId);
  }

  /**
   * Creates a connection; the VPN gateway goes `updating` → `active` meanwhile (REFERENCE §4.4).
   * Without `psk` the API generates one (§3.4).
   */
  async create(
    regionId: string,
    input: CreateVpnConnectionRequest,
    clientToken: string,
  ): Promise<VpnConnection> {
    const common = {
      RegionId: regionId,
      VpnGatewayId: input.vpnGatewayId,
      Name: input.name || undefined,
      LocalSubnet: normaliseSubnets(input.localSubnet),
      RemoteSubnet: normaliseSubnets(input.remoteSubnet),
      EffectImmediately: input.effectImmediately,
      ClientToken: clientToken,
    };
    // Dual-tunnel gateways take only the per-tunnel form (REFERENCE-2 §1.5).
    const form = input.tunnels
      ? createTunnels(input)
      : {
          CustomerGatewayId: input.customerGatewayId,
          EnableDpd: input.enableDpd,
          EnableNatTraversal: input.enableNatTraversal,
          // IkeConfig/IpsecConfig are JSON-text parameters (REFERENCE §3.4); the client encodes them.
          IkeConfig: ikeParams(input.ikeConfig, input.psk),
          IpsecConfig: ipsecParams(input.ipsecConfig),
        };
    const r = await upstreamCall(VPN_ERRORS, () =>
      this.client.createVpnConnection({ ...common, ...form }),
    );
    return this.get(regionId, r.VpnConnectionId);
  }

  /** Edits a connection in either form; the gateway goes `updating` (409 while it is busy). */
  async update(
    regionId: string,
    id: string,
    input: UpdateVpnConnectionRequest,
  ): Promise<VpnConnection> {
    await upstreamCall(VPN_ERRORS, () =>
      this.client.modifyVpnConnectionAttribute(
        modifyRequest(regionId, id, input, normaliseSubnets),
      ),
    );
    return this.get(regionId, id);
  }

  /** Edits one tunnel of a dual-tunnel connection (ModifyTunnelAttribute). */
  async updateTunnel(
    regionId: string,
    id: string,
    tunnelId: string,
    input: UpdateTunnelInput,
  ): Promise<VpnConnection> {
    await upstreamCall(VPN_ERRORS, () =>
      this.client.modifyTunnelAttribute(modifyTunnelRequest(regionId, id, tunnelId, input)),
    );
    return this.get(regionId, id);
  }

  /** Deletes a connection; the gateway goes `updating` until it is gone. */
  async remove(regionId: string, id: string): Promise<void> {
    await upstreamCall(VPN_ERRORS, () =>
      this.client.deleteVpnConnection({ RegionId: regionId, VpnConnectionId: id }),
    );
  }

  /**
   * What the customer's device needs, per tunnel, from DownloadVpnConnectionConfig; the key only
   * for callers allowed to read it (`vpn-peer-config.ts`).
   */
  peerConfig(regionId: string, id: string, withPsk: boolean): Promise<PeerConfig> {
    return buildPeerConfig(this.client, regionId, id, withPsk);
  }
}
