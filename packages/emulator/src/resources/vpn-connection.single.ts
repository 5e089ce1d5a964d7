import { z } from 'zod';
import { parseJsonParam } from '../params.ts';
import type { VpnConnectionRecord } from './vpn-connection.model.ts';

// Single-tunnel JSON-text options (REFERENCE-2 §1.9): HealthCheckConfig has lower-case keys,
// BgpConfig upper-camel ones; values arrive as strings in the SDK examples.
const flag = z.union([z.boolean(), z.string()]).transform((x) => String(x) === 'true');
const num = z.union([z.number(), z.string()]).transform(Number);

const healthCheckSchema = z.object({
  enable: flag.optional(),
  dip: z.string().optional(),
  sip: z.string().optional(),
  interval: num.optional(),
  retry: num.optional(),
});

const bgpSchema = z.object({
  EnableBgp: flag.optional(),
  LocalAsn: num.optional(),
  TunnelCidr: z.string().optional(),
  LocalBgpIp: z.string().optional(),
});

/** The single-tunnel health check as stored. */
export interface HealthCheck {
  Enable: boolean;
  Dip: string;
  Sip: string;
  Interval: number;
  Retry: number;
}

/** The single-tunnel BGP settings as stored. */
export interface SingleBgp {
  EnableBgp: boolean;
  LocalAsn: number;
  TunnelCidr: string;
  LocalBgpIp: string;
}

/** Parses `HealthCheckConfig` over the current value (partial update on Modify). */
export function parseHealthCheck(
  raw: string | undefined,
  cur?: HealthCheck,
): HealthCheck | undefined {
  const p = parseJsonParam('HealthCheckConfig', raw, healthCheckSchema);
  if (!p) return cur;
  return {
    Enable: p.enable ?? cur?.Enable ?? false,
    Dip: p.dip ?? cur?.Dip ?? '',
    Sip: p.sip ?? cur?.Sip ?? '',
    Interval: p.interval ?? cur?.Interval ?? 3,
    Retry: p.retry ?? cur?.Retry ?? 3,
  };
}

/** Parses `BgpConfig` over the current value. */
export function parseSingleBgp(raw: string | undefined, cur?: SingleBgp): SingleBgp | undefined {
  const p = parseJsonParam('BgpConfig', raw, bgpSchema);
  if (!p) return cur;
  return {
    EnableBgp: p.EnableBgp ?? cur?.EnableBgp ?? false,
    LocalAsn: p.LocalAsn ?? cur?.LocalAsn ?? 45_104,
    TunnelCidr: p.TunnelCidr ?? cur?.TunnelCidr ?? '',
    LocalBgpIp: p.LocalBgpIp ?? cur?.LocalBgpIp ?? '',
  };
}

/** `VcoHealthCheck` as DescribeVpnConnection answers it (`Enable` a string, REFERENCE-2 §1.7). */
export function renderHealthCheck(c: VpnConnectionRecord) {
  const h = c.HealthCheck;
  const status = h?.Enable ? (c.Status === 'ipsec_sa_established' ? 'success' : 'failed') : '';
  return {
    Enable: String(h?.Enable ?? false),
    Dip: h?.Dip ?? '',
    Sip: h?.Sip ?? '',
    Interval: h?.Interval ?? 3,
    Retry: h?.Retry ?? 3,
    Policy: h?.Enable ? 'revoke_route' : '',
    Status: status,
  };
}

/** `VpnBgpConfig` of a single-tunnel connection (`PeerAsn` comes from the customer gateway). */
export function renderSingleBgp(c: VpnConnectionRecord, peerAsn: number, single: boolean) {
  const b = c.Bgp;
  const up = Boolean(b?.EnableBgp) && c.Status === 'ipsec_sa_established';
  return {
    ...(single ? { EnableBgp: String(b?.EnableBgp ?? false) } : {}),
    LocalAsn: b?.LocalAsn ?? 45_104,
    ...(b?.EnableBgp
      ? { TunnelCidr: b.TunnelCidr, LocalBgpIp: b.LocalBgpIp, PeerAsn: peerAsn }
      : {}),
    Status: up ? 'success' : 'false',
  };
}
