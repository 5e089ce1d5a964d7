import type { RunningEmulator } from '../src/index.ts';
import { admin, ok } from './signed-call.ts';

// Shared helpers of the dual-tunnel connection tests (raw signed calls, seeded gateways).

/** The region of the seeded dual-tunnel gateway `支付专线备份VPN` (REFERENCE-2 §1.1 seeds). */
export const R = { RegionId: 'cn-hangzhou' };

/** A tunnel as DescribeVpnConnection answers it (Describe's string types, §1.7). */
export interface TunnelOut {
  TunnelId: string;
  TunnelIndex: number;
  Role: string;
  CustomerGatewayId: string;
  InternetIp: string;
  ZoneNo: string;
  State: string;
  Status: string;
  EnableDpd: string;
  EnableNatTraversal: string;
  TunnelIkeConfig: Record<string, string>;
  TunnelIpsecConfig: Record<string, string>;
  TunnelBgpConfig?: Record<string, string>;
}

/** DescribeVpnConnection of a dual-tunnel connection. */
export interface DualConn {
  VpnConnectionId: string;
  Status: string;
  State: string;
  LocalSubnet: string;
  RemoteSubnet: string;
  EnableTunnelsBgp: boolean;
  CustomerGatewayId?: string;
  IkeConfig?: unknown;
  TunnelOptionsSpecification: { TunnelOptions: TunnelOut[] };
}

interface Gw {
  VpnGatewayId: string;
  Name: string;
  Status: string;
  InternetIp: string;
  DisasterRecoveryInternetIp?: string;
  DisasterRecoveryVSwitchId?: string;
}

/** The seeded gateways of a region: the dual-tunnel one and a single-tunnel one. */
export async function seededGateways(emu: RunningEmulator, regionId = R.RegionId) {
  const r = await ok<{ VpnGateways: { VpnGateway: Gw[] } }>(emu.url, 'DescribeVpnGateways', {
    RegionId: regionId,
  });
  const all = r.VpnGateways.VpnGateway;
  const dual = all.find((g) => (g.DisasterRecoveryVSwitchId ?? '') !== '');
  const single = all.find((g) => (g.DisasterRecoveryVSwitchId ?? '') === '');
  if (!dual || !single) throw new Error(`no seeded dual/single gateway in ${regionId}`);
  return { dual, single };
}

/** A new customer gateway; returns its id. */
export async function newCgw(emu: RunningEmulator, ip: string, asn?: number): Promise<string> {
  const r = await ok<{ CustomerGatewayId: string }>(emu.url, 'CreateCustomerGateway', {
    ...R,
    IpAddress: ip,
    ...(asn ? { Asn: String(asn) } : {}),
  });
  return r.CustomerGatewayId;
}

/** `TunnelOptionsSpecification.N.*` params for a master on `a` and a slave on `b`. */
export function tunnelParams(a: string, b: string, extra: Record<string, string> = {}) {
  return {
    'TunnelOptionsSpecification.1.Role': 'master',
    'TunnelOptionsSpecification.1.CustomerGatewayId': a,
    'TunnelOptionsSpecification.1.TunnelIkeConfig.Psk': 'master-key-1',
    'TunnelOptionsSpecification.1.TunnelIkeConfig.IkeVersion': 'ikev2',
    'TunnelOptionsSpecification.2.Role': 'slave',
    'TunnelOptionsSpecification.2.CustomerGatewayId': b,
    ...extra,
  };
}

/** DescribeVpnConnection. */
export const describeConn = (emu: RunningEmulator, id: string) =>
  ok<DualConn>(emu.url, 'DescribeVpnConnection', { ...R, VpnConnectionId: id });

/** Completes every pending transition (manual timing). */
export const settle = (emu: RunningEmulator) => admin(emu, 'POST', 'advance');

/** The recorded negotiation events of a connection, oldest first (from the state snapshot). */
export async function eventsOf(emu: RunningEmulator, connId: string, regionId = R.RegionId) {
  const state = (await admin(emu, 'GET', 'state')) as {
    regions: Record<string, Record<string, Record<string, Record<string, unknown>>>>;
  };
  const rows = Object.values(state.regions[regionId]?.vpnEvents ?? {}) as {
    connectionId: string;
    tunnelId: string;
    type: string;
    detail: string;
    id: string;
  }[];
  return rows
    .filter((e) => e.connectionId === connId)
    .sort((a, b) => Number(a.id.slice(4)) - Number(b.id.slice(4)));
}
