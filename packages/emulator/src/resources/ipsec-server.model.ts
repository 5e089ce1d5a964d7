import {
  invalidIpsecServerIdNotFound,
  ipsecServerNotSupport,
  ipsecServerQuotaFull,
} from '../errors.ts';
import type { BaseRecord, Store } from '../store.ts';
import type { IkeConfig, IpsecConfig } from './vpn-connection.config.ts';
import { sslInternetIpOf } from './ssl-vpn-server.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';

/** Store kind of IPsec servers. */
export const IPSEC_SERVER_KIND = 'ipsecServers';

/** IKE settings of an IPsec server: a VPN connection's without `Psk` (the server has its own). */
export type IpsecServerIke = Omit<IkeConfig, 'Psk'>;

/** One line of an IPsec server's log, at epoch milliseconds. */
export interface IpsecServerLogLine {
  at: number;
  line: string;
}

/** An IPsec server (`iss-…`): no status of its own; its gateway goes `updating` on every write. */
export interface IpsecServerRecord extends BaseRecord {
  IpsecServerName: string;
  VpnGatewayId: string;
  ClientIpPool: string;
  LocalSubnet: string;
  EffectImmediately: boolean;
  Psk: string;
  PskEnabled: boolean;
  IkeConfig: IpsecServerIke;
  IpsecConfig: IpsecConfig;
  /** Epoch milliseconds; rendered as ISO 8601 UTC (the model types it a string). */
  CreationTime: number;
  ResourceGroupId: string;
  logs: IpsecServerLogLine[];
}

/** Lines kept per server, so memory stays bounded ([emulator choice]). */
const MAX_LOG_LINES = 200;

/**
 * [emulator choice] The console's defaults (IKEv2, AES/SHA1, group2, one day): the API page's
 * example; the API does not document its defaults.
 */
export const DEFAULT_IKE: IkeConfig = {
  Psk: '',
  IkeVersion: 'ikev2',
  IkeMode: 'main',
  IkeEncAlg: 'aes',
  IkeAuthAlg: 'sha1',
  IkePfs: 'group2',
  IkeLifetime: 86_400,
  LocalId: '',
  RemoteId: '',
};
/** [emulator choice] Phase-2 defaults, as {@link DEFAULT_IKE}. */
export const DEFAULT_IPSEC: IpsecConfig = {
  IpsecEncAlg: 'aes',
  IpsecAuthAlg: 'sha1',
  IpsecPfs: 'group2',
  IpsecLifetime: 86_400,
};

/** The server or 404 `InvalidIpsecServerId.NotFound`. */
export function requireIpsecServer(store: Store, regionId: string, id: string): IpsecServerRecord {
  const server = store.table<IpsecServerRecord>(regionId, IPSEC_SERVER_KIND).get(id);
  if (!server) throw invalidIpsecServerIdNotFound(id);
  return server;
}

/** The IPsec servers of one gateway (at most one): the coordinator's delete plan reads this. */
export function ipsecServersOf(
  store: Store,
  regionId: string,
  gatewayId: string,
): IpsecServerRecord[] {
  return store
    .table<IpsecServerRecord>(regionId, IPSEC_SERVER_KIND)
    .list()
    .filter((s) => s.VpnGatewayId === gatewayId);
}

/** A gateway that can host an IPsec server: SSL-VPN on, not enhanced, none yet (one per gateway). */
export function checkIpsecCapableGateway(store: Store, gw: VpnGatewayRecord): void {
  const type = (gw as VpnGatewayRecord & { GatewayType?: string }).GatewayType ?? 'Traditional';
  if (type.startsWith('Enhanced'))
    throw ipsecServerNotSupport(gw.id, 'enhanced gateways have no client-to-site VPN');
  // The API page: "enable the SSL-VPN feature for the VPN gateway" first.
  if (!gw.EnableSsl) throw ipsecServerNotSupport(gw.id, 'SSL-VPN is not enabled on it');
  if (ipsecServersOf(store, gw.regionId, gw.id).length > 0) throw ipsecServerQuotaFull(gw.id);
}

/** Appends a log line, dropping the oldest past {@link MAX_LOG_LINES}. */
export function recordIpsecLog(s: IpsecServerRecord, at: number, message: string): void {
  const stamp = new Date(at).toISOString().replace('T', ' ').slice(0, 19);
  s.logs.push({ at, line: `${stamp} ${s.id} ${message}` });
  if (s.logs.length > MAX_LOG_LINES) s.logs.splice(0, s.logs.length - MAX_LOG_LINES);
}

/** A ListIpsecServers item; `Psk` is answered as the SDK model has it (the BFF never forwards it). */
export function renderIpsecServer(s: IpsecServerRecord, gw: VpnGatewayRecord) {
  return {
    IpsecServerId: s.id,
    IpsecServerName: s.IpsecServerName,
    VpnGatewayId: s.VpnGatewayId,
    RegionId: s.regionId,
    ClientIpPool: s.ClientIpPool,
    LocalSubnet: s.LocalSubnet,
    EffectImmediately: s.EffectImmediately,
    Psk: s.Psk,
    PskEnabled: s.PskEnabled,
    IkeConfig: s.IkeConfig,
    IpsecConfig: s.IpsecConfig,
    InternetIp: sslInternetIpOf(gw),
    MaxConnections: gw.SslConnections,
    // [emulator choice] No simulated IPsec clients: always 0.
    OnlineClientCount: 0,
    MultiFactorAuthEnabled: false,
    IDaaSInstanceId: '',
    CreationTime: new Date(s.CreationTime).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ResourceGroupId: s.ResourceGroupId,
  };
}
