import {
  tunnelStatusSchema,
  vpnGatewayStatusSchema,
  type CustomerGateway,
  type TunnelStatus,
  type VpnConnection,
  type VpnGateway,
  type VpnGatewayStatus,
  type VpnTunnel,
} from '@gc/contracts';
import { tunnelView } from './vpn-tunnel.mappers.ts';
import type {
  CustomerGateway as ApiCustomerGateway,
  VpnConnection as ApiVpnConnection,
  VpnGateway as ApiVpnGateway,
} from '@gc/vpc-client';

/** `creationTime`, and `createTime` with the same value: its deprecated alias, kept for scripts. */
const creationTimes = (iso: string) => ({ creationTime: iso, createTime: iso });

type ApiVpnConnectionLike = Omit<ApiVpnConnection, 'Tag' | 'VpnBgpConfig'>;

function vpnStatus(value: string | undefined): VpnGatewayStatus {
  const parsed = vpnGatewayStatusSchema.safeParse(value);
  // An unknown upstream status is shown as transitional, so the UI keeps polling.
  return parsed.success ? parsed.data : 'updating';
}

function tunnelStatus(value: string | undefined): TunnelStatus {
  const parsed = tunnelStatusSchema.safeParse(value);
  return parsed.success ? parsed.data : 'ike_sa_not_established';
}

/** Epoch milliseconds (VPN times are int64 ms, REFERENCE §3.4) → ISO; 0/absent → undefined. */
export function epochToIso(ms: number | undefined): string | undefined {
  return ms === undefined || ms <= 0 ? undefined : new Date(ms).toISOString();
}

/** `Spec` is a string with unit ("10M"); one SDK example shows "10" (REFERENCE §3.4). */
export function bandwidthOfSpec(spec: string | undefined): number {
  const m = /^(\d+)\s*M?$/i.exec(spec?.trim() ?? '');
  return m ? Number(m[1]) : 0;
}

const splitSubnets = (s: string | undefined) =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');

/** DescribeVpnGateways item / DescribeVpnGateway body → the contracts' camelCase gateway. */
export function toVpnGateway(g: ApiVpnGateway, regionId: string): VpnGateway {
  return {
    id: g.VpnGatewayId,
    name: g.Name ?? '',
    description: g.Description ?? '',
    status: vpnStatus(g.Status),
    regionId,
    vpcId: g.VpcId ?? '',
    vSwitchId: g.VSwitchId ?? '',
    internetIp: g.InternetIp ?? '',
    disasterRecoveryInternetIp: g.DisasterRecoveryInternetIp ?? '',
    sslVpnInternetIp: g.SslVpnInternetIp ?? '',
    bandwidth: bandwidthOfSpec(g.Spec),
    spec: g.Spec ?? '',
    // IpsecVpn/SslVpn are `enable`/`disable` strings (REFERENCE §3.4).
    ipsecEnabled: g.IpsecVpn === 'enable',
    sslEnabled: g.SslVpn === 'enable',
    sslMaxConnections: g.SslMaxConnections ?? 0,
    networkType: g.NetworkType ?? 'public',
    chargeType: g.ChargeType ?? '',
    businessStatus: g.BusinessStatus ?? '',
    ...creationTimes(epochToIso(g.CreateTime) ?? ''),
    endTime: epochToIso(g.EndTime),
    tags: g.Tags.Tag.map((t) => ({ key: t.Key ?? '', value: t.Value ?? '' })),
    // The second vSwitch is "returned only for" dual-tunnel gateways (REFERENCE-2 §1.1).
    tunnelMode: g.DisasterRecoveryVSwitchId ? 'dual' : 'single',
    gatewayType: g.GatewayType === 'Enhanced.SiteToSite' ? 'Enhanced.SiteToSite' : 'Traditional',
    disasterRecoveryVSwitchId: g.DisasterRecoveryVSwitchId ?? '',
  };
}

/** DescribeCustomerGateways item → contracts customer gateway, with the connections using it. */
export function toCustomerGateway(c: ApiCustomerGateway, connectionIds: string[]): CustomerGateway {
  return {
    id: c.CustomerGatewayId,
    name: c.Name ?? '',
    description: c.Description ?? '',
    ipAddress: c.IpAddress ?? '',
    // Asn 0 means none was given.
    asn: c.Asn ? c.Asn : undefined,
    ...creationTimes(epochToIso(c.CreateTime) ?? ''),
    tags: c.Tags.Tag.map((t) => ({ key: t.Key ?? '', value: t.Value ?? '' })),
    connectionIds,
  };
}

/**
 * DescribeVpnConnection(s) → contracts connection. The Psk is deliberately not copied. A
 * dual-tunnel connection has no top-level peer or IKE/IPsec settings: the master's are shown.
 */
export function toVpnConnection(c: ApiVpnConnectionLike, regionId: string): VpnConnection {
  const view = tunnelView(c);
  const master = view.tunnels[0];
  if (master) return { ...singleView(c, regionId), ...view, ...masterSettings(master) };
  return { ...singleView(c, regionId), ...view };
}

const masterSettings = (t: VpnTunnel) => ({
  customerGatewayId: t.customerGatewayId,
  enableDpd: t.enableDpd,
  enableNatTraversal: t.enableNatTraversal,
  ikeConfig: t.ikeConfig,
  ipsecConfig: t.ipsecConfig,
});

function singleView(c: ApiVpnConnectionLike, regionId: string) {
  const ike = c.IkeConfig;
  const ipsec = c.IpsecConfig;
  return {
    id: c.VpnConnectionId,
    name: c.Name ?? '',
    regionId,
    vpnGatewayId: c.VpnGatewayId ?? '',
    customerGatewayId: c.CustomerGatewayId ?? '',
    localSubnets: splitSubnets(c.LocalSubnet),
    remoteSubnets: splitSubnets(c.RemoteSubnet),
    status: tunnelStatus(c.Status),
    state: c.State ?? '',
    effectImmediately: c.EffectImmediately ?? false,
    enableDpd: c.EnableDpd ?? true,
    enableNatTraversal: c.EnableNatTraversal ?? true,
    ...creationTimes(epochToIso(c.CreateTime) ?? ''),
    ikeConfig: {
      ikeVersion: ike?.IkeVersion ?? '',
      ikeMode: ike?.IkeMode ?? '',
      ikeEncAlg: ike?.IkeEncAlg ?? '',
      ikeAuthAlg: ike?.IkeAuthAlg ?? '',
      ikePfs: ike?.IkePfs ?? '',
      ikeLifetime: ike?.IkeLifetime ?? 0,
      localId: ike?.LocalId ?? '',
      remoteId: ike?.RemoteId ?? '',
    },
    ipsecConfig: {
      ipsecEncAlg: ipsec?.IpsecEncAlg ?? '',
      ipsecAuthAlg: ipsec?.IpsecAuthAlg ?? '',
      ipsecPfs: ipsec?.IpsecPfs ?? '',
      ipsecLifetime: ipsec?.IpsecLifetime ?? 0,
    },
  };
}
