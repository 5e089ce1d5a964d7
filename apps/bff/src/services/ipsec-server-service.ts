import {
  type CreateIpsecServerRequest,
  type IkeConfig,
  type IpsecConfig,
  type IpsecServer,
  type IpsecServerLogs,
  type UpdateIpsecServerRequest,
} from '@gc/contracts';
import type { IpsecServer as UpstreamIpsecServer, VpcClient } from '@gc/vpc-client';
import { upstreamCall } from '../upstream-error-map.ts';
import { IPSEC_SERVER_ERRORS } from '../upstream-error-tables.ts';
import { foundOr404 } from './kit/not-found.ts';
import { readLogWindow } from './kit/read-log-window.ts';

// The list pages by MaxResults ≤ 20 with a NextToken; 50 pages bound one request.
const MAX_RESULTS = 20;
const MAX_PAGES = 50;

/**
 * ListIpsecServers item → contracts server. The upstream `Psk` is dropped here, for every role:
 * the console never reads a key back (the edit form leaves it blank to keep it).
 */
export function toIpsecServer(s: UpstreamIpsecServer): IpsecServer {
  const ike = s.IkeConfig ?? {};
  const ipsec = s.IpsecConfig ?? {};
  return {
    id: s.IpsecServerId,
    name: s.IpsecServerName ?? '',
    vpnGatewayId: s.VpnGatewayId ?? '',
    clientIpPool: s.ClientIpPool ?? '',
    localSubnet: s.LocalSubnet ?? '',
    effectImmediately: s.EffectImmediately ?? false,
    pskEnabled: s.PskEnabled ?? true,
    ikeConfig: {
      ikeVersion: ike.IkeVersion ?? '',
      ikeMode: ike.IkeMode ?? '',
      ikeEncAlg: ike.IkeEncAlg ?? '',
      ikeAuthAlg: ike.IkeAuthAlg ?? '',
      ikePfs: ike.IkePfs ?? '',
      ikeLifetime: ike.IkeLifetime ?? 0,
      localId: ike.LocalId ?? '',
      remoteId: ike.RemoteId ?? '',
    },
    ipsecConfig: {
      ipsecEncAlg: ipsec.IpsecEncAlg ?? '',
      ipsecAuthAlg: ipsec.IpsecAuthAlg ?? '',
      ipsecPfs: ipsec.IpsecPfs ?? '',
      ipsecLifetime: ipsec.IpsecLifetime ?? 0,
    },
    internetIp: s.InternetIp ?? '',
    maxConnections: s.MaxConnections ?? 0,
    onlineClientCount: s.OnlineClientCount ?? 0,
    multiFactorAuthEnabled: s.MultiFactorAuthEnabled ?? false,
    creationTime: s.CreationTime ?? '',
  };
}

const ikeJson = (c: IkeConfig | undefined) =>
  c && {
    IkeVersion: c.ikeVersion,
    IkeMode: c.ikeMode,
    IkeEncAlg: c.ikeEncAlg,
    IkeAuthAlg: c.ikeAuthAlg,
    IkePfs: c.ikePfs,
    IkeLifetime: c.ikeLifetime,
    ...(c.localId ? { LocalId: c.localId } : {}),
    ...(c.remoteId ? { RemoteId: c.remoteId } : {}),
  };

const ipsecJson = (c: IpsecConfig | undefined) =>
  c && {
    IpsecEncAlg: c.ipsecEncAlg,
    IpsecAuthAlg: c.ipsecAuthAlg,
    IpsecPfs: c.ipsecPfs,
    IpsecLifetime: c.ipsecLifetime,
  };

/** IPsec servers: client-to-site VPN over IPsec on a VPN gateway (issue 14 item 4). */
export class IpsecServerService {
  constructor(
    private readonly client: VpcClient,
    private readonly nowSeconds: () => number = () => Math.floor(Date.now() / 1000),
  ) {}

  /** Every server of the region, or of one gateway (all pages). */
  async list(regionId: string, vpnGatewayId?: string, ids?: string[]): Promise<IpsecServer[]> {
    const out: IpsecServer[] = [];
    let token: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const r = await upstreamCall(IPSEC_SERVER_ERRORS, () =>
        this.client.listIpsecServers({
          RegionId: regionId,
          VpnGatewayId: vpnGatewayId,
          IpsecServerId: ids,
          MaxResults: MAX_RESULTS,
          NextToken: token,
        }),
      );
      out.push(...r.IpsecServers.map(toIpsecServer));
      token = r.NextToken;
      if (!token) break;
    }
    return out;
  }

  /** One server, or 404. */
  async get(regionId: string, id: string): Promise<IpsecServer> {
    const found = (await this.list(regionId, undefined, [id])).find((s) => s.id === id);
    return foundOr404(found, {
      kind: 'IPsec server',
      id,
      regionId,
      code: 'InvalidIpsecServerId.NotFound',
    });
  }

  /** Creates the gateway's server (the gateway goes `updating`); the ClientToken dedupes. */
  async create(
    regionId: string,
    input: CreateIpsecServerRequest,
    clientToken: string,
  ): Promise<IpsecServer> {
    const r = await upstreamCall(IPSEC_SERVER_ERRORS, () =>
      this.client.createIpsecServer({
        RegionId: regionId,
        VpnGatewayId: input.vpnGatewayId,
        IpSecServerName: input.name,
        ClientIpPool: input.clientIpPool,
        LocalSubnet: input.localSubnet,
        EffectImmediately: input.effectImmediately,
        Psk: input.psk,
        PskEnabled: true,
        IkeConfig: ikeJson(input.ikeConfig),
        IpsecConfig: ipsecJson(input.ipsecConfig),
        ClientToken: clientToken,
      }),
    );
    return this.get(regionId, r.IpsecServerId);
  }

  /** Changes the sent fields; no `psk` keeps the key. */
  async update(
    regionId: string,
    id: string,
    input: UpdateIpsecServerRequest,
  ): Promise<IpsecServer> {
    await this.get(regionId, id);
    await upstreamCall(IPSEC_SERVER_ERRORS, () =>
      this.client.updateIpsecServer({
        RegionId: regionId,
        IpsecServerId: id,
        IpsecServerName: input.name,
        ClientIpPool: input.clientIpPool,
        LocalSubnet: input.localSubnet,
        EffectImmediately: input.effectImmediately,
        Psk: input.psk,
        IkeConfig: ikeJson(input.ikeConfig),
        IpsecConfig: ipsecJson(input.ipsecConfig),
      }),
    );
    return this.get(regionId, id);
  }

  /** Deletes a server (the gateway goes `updating`). */
  async remove(regionId: string, id: string): Promise<void> {
    await upstreamCall(IPSEC_SERVER_ERRORS, () =>
      this.client.deleteIpsecServer({ RegionId: regionId, IpsecServerId: id }),
    );
  }

  /** Log lines between `from` and `to` (Unix seconds; default: the last hour), oldest first. */
  async logs(
    regionId: string,
    id: string,
    query: { from?: number; to?: number },
  ): Promise<IpsecServerLogs> {
    const window = await readLogWindow(query, this.nowSeconds(), async (page) => {
      const r = await upstreamCall(IPSEC_SERVER_ERRORS, () =>
        this.client.listIpsecServerLogs({ RegionId: regionId, IpsecServerId: id, ...page }),
      );
      return r.Data;
    });
    return { ipsecServerId: id, ...window };
  }
}
