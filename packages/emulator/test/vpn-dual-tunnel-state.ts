import type { VpnConnectionRecord } from '../src/resources/vpn-connection.model.ts';
import type { VpnEventRecord } from '../src/resources/vpn-events.ts';
import type { VpnTunnelRecord } from '../src/resources/vpn-tunnel.model.ts';
import { admin } from './signed-call.ts';

// Until the connections slice creates dual-tunnel connections through the API, the tests write
// one straight into the emulator's state (GET/PUT /_emulator/state), as that slice would store it.

type Emu = { url: string; adminToken: string };
type Row = { id: string; Name?: string; IpAddress?: string; InternetIp?: string };
type State = { regions: Record<string, Record<string, Record<string, Row>>> };

const byName = (table: Record<string, Row> | undefined, name: string): Row => {
  const row = Object.values(table ?? {}).find((r) => r.Name === name);
  if (!row) throw new Error(`no seeded row named ${name}`);
  return row;
};

/** A tunnel as the connections slice stores it; `over` changes any field. */
export function tunnel(
  index: 1 | 2,
  cgwId: string,
  ip: string,
  over: Partial<VpnTunnelRecord> = {},
): VpnTunnelRecord {
  return {
    TunnelId: `tun-test${index}`,
    TunnelIndex: index,
    Role: index === 1 ? 'master' : 'slave',
    CustomerGatewayId: cgwId,
    InternetIp: ip,
    ZoneNo: index === 1 ? 'cn-hangzhou-k' : 'cn-hangzhou-j',
    State: 'active',
    Status: 'ipsec_sa_established',
    EnableDpd: true,
    EnableNatTraversal: true,
    RemoteCaCertificate: '',
    TunnelIkeConfig: {
      Psk: `tunnel-${index}-key`,
      IkeVersion: 'ikev2',
      IkeMode: 'main',
      IkeEncAlg: 'aes256',
      IkeAuthAlg: 'sha256',
      IkePfs: 'group14',
      IkeLifetime: 86400,
      LocalId: ip,
      RemoteId: '',
    },
    TunnelIpsecConfig: {
      IpsecEncAlg: 'aes256',
      IpsecAuthAlg: 'sha256',
      IpsecPfs: 'group14',
      IpsecLifetime: 3600,
    },
    TunnelBgpConfig: {
      TunnelCidr: `169.254.${10 + index}.0/30`,
      LocalBgpIp: `169.254.${10 + index}.1`,
      LocalAsn: 45104,
      PeerBgpIp: `169.254.${10 + index}.2`,
      PeerAsn: 65010,
      BgpStatus: 'success',
    },
    PeerDown: false,
    ...over,
  };
}

/**
 * Puts a dual-tunnel connection on the seeded dual-tunnel gateway 支付专线备份VPN (cn-hangzhou),
 * tunnel 1 to "Shanghai office", tunnel 2 to "杭州IDC"; returns its id and tunnel ids.
 */
export async function seedDualTunnelConnection(
  emu: Emu,
  over: {
    tunnels?: [Partial<VpnTunnelRecord>, Partial<VpnTunnelRecord>];
    conn?: Partial<VpnConnectionRecord>;
  } = {},
): Promise<{ id: string; gatewayId: string; tunnelIds: [string, string] }> {
  const state = (await admin(emu, 'GET', 'state')) as State;
  const region = state.regions['cn-hangzhou'] ?? {};
  const gw = byName(region.vpnGateways, '支付专线备份VPN');
  const gwDr =
    (gw as Row & { DisasterRecoveryInternetIp?: string }).DisasterRecoveryInternetIp ?? '';
  const cgw1 = byName(region.customerGateways, 'Shanghai office');
  const cgw2 = byName(region.customerGateways, '杭州IDC');
  const id = 'vco-testdualtunnel0000001';
  const base = Object.values(region.vpnConnections ?? {})[0] as unknown as VpnConnectionRecord;
  const conn: VpnConnectionRecord = {
    ...base,
    id,
    tags: [],
    Name: 'dual-to-idc',
    VpnGatewayId: gw.id,
    CustomerGatewayId: '',
    LocalSubnet: '10.20.0.0/16',
    RemoteSubnet: '172.31.0.0/16',
    EffectImmediately: true,
    Status: 'ipsec_sa_established',
    State: 'active',
    Tunnels: [
      tunnel(1, cgw1.id, gw.InternetIp ?? '', over.tunnels?.[0]),
      tunnel(2, cgw2.id, gwDr, over.tunnels?.[1]),
    ],
    ...over.conn,
  };
  (region.vpnConnections ??= {})[id] = conn as unknown as Row;
  await admin(emu, 'PUT', 'state', state);
  return { id, gatewayId: gw.id, tunnelIds: ['tun-test1', 'tun-test2'] };
}

/** Appends negotiation events to the log, as the connections slice records them. */
export async function recordEvents(
  emu: Emu,
  regionId: string,
  events: Omit<VpnEventRecord, 'id' | 'regionId' | 'tags'>[],
): Promise<void> {
  const state = (await admin(emu, 'GET', 'state')) as State & { seq: number };
  const region = (state.regions[regionId] ??= {});
  const table = (region.vpnEvents ??= {});
  for (const e of events) {
    state.seq += 1;
    const id = `evt-${state.seq}`;
    table[id] = { ...e, id, regionId, tags: [] } as unknown as Row;
  }
  await admin(emu, 'PUT', 'state', state);
}
