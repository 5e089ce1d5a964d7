import { z } from 'zod';
import { malformedParam, tunnelCidrConflict } from '../errors.ts';
import { v } from '../params.ts';
import { cidrRange, intToIp, ipToInt } from './vpc.model.ts';
import type { IkeConfig, IpsecConfig } from './vpn-connection.config.ts';
import { parseIkeConfig, parseIpsecConfig } from './vpn-connection.config.ts';
import type { TunnelBgpConfig, VpnTunnelRecord } from './vpn-tunnel.model.ts';

const ENC = ['aes', 'aes192', 'aes256', 'des', '3des'] as const;
const AUTH = ['md5', 'sha1', 'sha256', 'sha384', 'sha512'] as const;
const PFS = ['group1', 'group2', 'group5', 'group14'] as const;
const lifetime = () => v.int({ min: 0, max: 86_400 }).optional();
// 1–100 printable characters without spaces (REFERENCE-2 §1.5 Psk, LocalId, RemoteId).
const noSpaces = (min: number) => v.str({ min, max: 100, pattern: /^[\x21-\x7e]+$/ }).optional();

/** `TunnelIkeConfig` as sent: every field optional (Create fills defaults, Modify keeps values). */
const tunnelIkeInput = z.object({
  Psk: noSpaces(1),
  IkeVersion: v.oneOf(['ikev1', 'ikev2']).optional(),
  IkeMode: v.oneOf(['main', 'aggressive']).optional(),
  IkeEncAlg: v.oneOf(ENC).optional(),
  IkeAuthAlg: v.oneOf(AUTH).optional(),
  IkePfs: v.oneOf(PFS).optional(),
  IkeLifetime: lifetime(),
  LocalId: noSpaces(1),
  RemoteId: noSpaces(1),
});

const tunnelIpsecInput = z.object({
  IpsecEncAlg: v.oneOf(ENC).optional(),
  IpsecAuthAlg: v.oneOf(AUTH).optional(),
  IpsecPfs: v.oneOf(['disabled', ...PFS]).optional(),
  IpsecLifetime: lifetime(),
});

const tunnelBgpInput = z.object({
  LocalAsn: v.int({ min: 1, max: 4_294_967_295 }).optional(),
  LocalBgpIp: v.ipv4().optional(),
  TunnelCidr: z.string().optional(),
});

/** One `TunnelOptionsSpecification` item as the wire sends it (`.N.` on Create/Modify, un-indexed on ModifyTunnelAttribute). */
export const tunnelOptionsInput = z.object({
  TunnelId: z.string().optional(),
  Role: v.oneOf(['master', 'slave']).optional(),
  CustomerGatewayId: z.string().optional(),
  EnableDpd: v.bool().optional(),
  EnableNatTraversal: v.bool().optional(),
  RemoteCaCertificate: z.string().optional(),
  TunnelIkeConfig: tunnelIkeInput.optional(),
  TunnelIpsecConfig: tunnelIpsecInput.optional(),
  TunnelBgpConfig: tunnelBgpInput.optional(),
});

/** A parsed tunnel item. */
export type TunnelOptionsInput = z.output<typeof tunnelOptionsInput>;

// Reserved by Alibaba Cloud (REFERENCE-2 §1.5): 169.254.0.0/30 … 169.254.6.0/30 and 169.254.169.252/30.
const RESERVED = [0, 1, 2, 3, 4, 5, 6].map((n) => `169.254.${n}.0/30`).concat('169.254.169.252/30');

/** Checks `TunnelCidr` (a /30 inside 169.254.0.0/16, network address, not reserved). */
export function checkTunnelCidr(cidr: string): void {
  const bad = (why: string) => malformedParam('TunnelCidr', `TunnelCidr "${cidr}" ${why}`);
  const m = /^169\.254\.(\d{1,3})\.(\d{1,3})\/30$/.exec(cidr);
  if (!m || Number(m[1]) > 255 || Number(m[2]) > 255)
    throw bad('must be a /30 block inside 169.254.0.0/16, such as 169.254.10.0/30.');
  const [ip = ''] = cidr.split('/');
  if (cidrRange(cidr).first !== ipToInt(ip))
    throw bad('has host bits set; use its network address.');
  if (RESERVED.includes(cidr)) throw bad('is reserved by Alibaba Cloud.');
}

/** The two usable addresses of a /30: ours (first by default) and the peer's. */
export function bgpAddresses(cidr: string, local?: string): { local: string; peer: string } {
  const first = cidrRange(cidr).first + 1;
  const hosts = [intToIp(first), intToIp(first + 1)];
  const mine = local ?? hosts[0] ?? '';
  if (!hosts.includes(mine))
    throw malformedParam('LocalBgpIp', `LocalBgpIp ${mine} must be a host address of ${cidr}.`);
  return { local: mine, peer: hosts.find((h) => h !== mine) ?? '' };
}

/** Builds or updates a tunnel's BGP settings; `used` are the TunnelCidrs of the gateway's other tunnels. */
export function tunnelBgp(
  input: TunnelOptionsInput['TunnelBgpConfig'],
  current: TunnelBgpConfig | undefined,
  used: readonly string[],
  peerAsn: number,
): TunnelBgpConfig {
  const cidr = input?.TunnelCidr ?? current?.TunnelCidr;
  if (cidr === undefined)
    throw malformedParam('TunnelCidr', 'TunnelCidr is required when EnableTunnelsBgp is true.');
  checkTunnelCidr(cidr);
  if (used.includes(cidr)) throw tunnelCidrConflict(cidr);
  const keepIp = cidr === current?.TunnelCidr ? current.LocalBgpIp : undefined;
  const ips = bgpAddresses(cidr, input?.LocalBgpIp ?? keepIp);
  return {
    TunnelCidr: cidr,
    LocalBgpIp: ips.local,
    LocalAsn: input?.LocalAsn ?? current?.LocalAsn ?? 45_104,
    PeerBgpIp: ips.peer,
    PeerAsn: peerAsn,
    BgpStatus: current?.BgpStatus ?? 'false',
  };
}

/** IKE settings: the current ones (or the Create defaults) overlaid with what was sent. */
export function mergeIke(
  input: TunnelOptionsInput['TunnelIkeConfig'],
  current: IkeConfig | undefined,
  ids: { localIp: string; remoteIp: string },
): IkeConfig {
  return parseIkeConfig(JSON.stringify({ ...current, ...input }), ids);
}

/** IPsec settings: the current ones (or the defaults) overlaid with what was sent. */
export function mergeIpsec(
  input: TunnelOptionsInput['TunnelIpsecConfig'],
  current: IpsecConfig | undefined,
): IpsecConfig {
  return parseIpsecConfig(JSON.stringify({ ...current, ...input }));
}

/** TunnelCidrs of every tunnel on a gateway except `skip` (REFERENCE-2 §1.5: unique per gateway). */
export function usedTunnelCidrs(tunnels: readonly VpnTunnelRecord[], skip?: string): string[] {
  return tunnels
    .filter((t) => t.TunnelId !== skip)
    .flatMap((t) => (t.TunnelBgpConfig ? [t.TunnelBgpConfig.TunnelCidr] : []));
}
