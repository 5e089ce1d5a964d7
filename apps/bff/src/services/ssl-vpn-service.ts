import {
  type CreateSslVpnServerRequest,
  type SslVpnClientList,
  type SslVpnLogs,
  type SslVpnServer,
  type UpdateSslVpnServerRequest,
} from '@gc/contracts';
import type { SslVpnServerSettings, VpcClient } from '@gc/vpc-client';
import { upstreamCall } from '../upstream-error-map.ts';
import { SSL_VPN_ERRORS } from '../upstream-error-tables.ts';
import { collectPages } from './collect.ts';
import { readLogWindow } from './kit/read-log-window.ts';
import { foundOr404 } from './kit/not-found.ts';
import { hasVisuallySsl, toSslVpnClient, toSslVpnServer } from './ssl-vpn.mappers.ts';

type Settings = Omit<UpdateSslVpnServerRequest, 'clientIpPool' | 'localSubnet'>;

function settings(b: Settings): SslVpnServerSettings {
  return {
    Name: b.name,
    Proto: b.proto,
    Port: b.port === undefined ? undefined : Number(b.port),
    Cipher: b.cipher,
    Compress: b.compress,
    EnableMultiFactorAuth: b.enableMultiFactorAuth,
    IDaaSInstanceId: b.idaasInstanceId || undefined,
    IDaaSRegionId: b.idaasRegionId || undefined,
  };
}

/** SSL-VPN servers, their connected clients and logs (REFERENCE-2 §3.1–§3.4, §3.10, §3.11). */
export class SslVpnService {
  constructor(
    private readonly client: VpcClient,
    private readonly nowSeconds: () => number = () => Math.floor(Date.now() / 1000),
  ) {}

  /** Every SSL server of the region, or of one gateway. */
  async list(regionId: string, vpnGatewayId?: string): Promise<SslVpnServer[]> {
    const items = await collectPages(async (page) => {
      const r = await this.client.describeSslVpnServers({
        RegionId: regionId,
        VpnGatewayId: vpnGatewayId,
        ...page,
      });
      return { items: r.SslVpnServers.SslVpnServer, totalCount: r.TotalCount };
    });
    return items.map((s) => toSslVpnServer(s, regionId));
  }

  /** One SSL server; 404 `InvalidSslVpnServerId.NotFound` when the API lists nothing. */
  async get(regionId: string, id: string): Promise<SslVpnServer> {
    const r = await this.client.describeSslVpnServers({ RegionId: regionId, SslVpnServerId: id });
    const found = r.SslVpnServers.SslVpnServer.find((s) => s.SslVpnServerId === id);
    const missing = {
      kind: 'SSL-VPN server',
      id,
      regionId,
      code: 'InvalidSslVpnServerId.NotFound',
    };
    return toSslVpnServer(foundOr404(found, missing), regionId);
  }

  /** Creates a server (the gateway goes updating) and answers it as the API lists it. */
  async create(
    regionId: string,
    body: CreateSslVpnServerRequest,
    clientToken: string,
  ): Promise<SslVpnServer> {
    const r = await upstreamCall(SSL_VPN_ERRORS, () =>
      this.client.createSslVpnServer({
        ...settings(body),
        RegionId: regionId,
        VpnGatewayId: body.vpnGatewayId,
        ClientIpPool: body.clientIpPool,
        LocalSubnet: body.localSubnet,
        ClientToken: clientToken,
      }),
    );
    return this.get(regionId, r.SslVpnServerId);
  }

  /** Changes a server; anything but the name restarts it (the gateway goes updating). */
  async update(
    regionId: string,
    id: string,
    body: UpdateSslVpnServerRequest,
  ): Promise<SslVpnServer> {
    await upstreamCall(SSL_VPN_ERRORS, () =>
      this.client.modifySslVpnServer({
        ...settings(body),
        RegionId: regionId,
        SslVpnServerId: id,
        ClientIpPool: body.clientIpPool,
        LocalSubnet: body.localSubnet,
      }),
    );
    return this.get(regionId, id);
  }

  /** Deletes a server, its certificates with it; its clients are disconnected. */
  async remove(regionId: string, id: string): Promise<void> {
    await upstreamCall(SSL_VPN_ERRORS, () =>
      this.client.deleteSslVpnServer({ RegionId: regionId, SslVpnServerId: id }),
    );
  }

  /** The clients online on the server's gateway; only gateways labelled `VisuallySsl` list them. */
  async clients(regionId: string, id: string): Promise<SslVpnClientList> {
    const server = await this.get(regionId, id);
    const gw = await this.client.describeVpnGateway({
      RegionId: regionId,
      VpnGatewayId: server.vpnGatewayId,
    });
    if (!hasVisuallySsl(gw.Tag)) return { supported: false, items: [] };
    const items = await collectPages(async (page) => {
      const r = await this.client.describeSslVpnClients({
        RegionId: regionId,
        VpnGatewayId: server.vpnGatewayId,
        ...page,
      });
      return { items: r.ClientInfoList, totalCount: r.TotalCount };
    });
    return { supported: true, items: items.map(toSslVpnClient) };
  }

  /** Server log lines between `from` and `to` (Unix seconds; default: the last hour). */
  async logs(regionId: string, id: string, q: { from?: number; to?: number }): Promise<SslVpnLogs> {
    const w = await readLogWindow(q, this.nowSeconds(), async (page) => {
      const r = await upstreamCall(SSL_VPN_ERRORS, () =>
        this.client.describeVpnSslServerLogs({
          RegionId: regionId,
          VpnSslServerId: id,
          ...page,
        }),
      );
      // `IsCompleted` tells whether the query finished, not whether this was the last page.
      return r.Data?.Logs ?? [];
    });
    return { sslVpnServerId: id, ...w };
  }
}
