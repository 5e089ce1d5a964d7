import type {
  CreateVpnConnectionRequest,
  UpdateVpnConnectionRequest,
  UpdateTunnelInput,
} from '@gc/contracts';
import type {
  ModifyVpnConnectionAttributeRequest,
  ModifyTunnelAttributeRequest,
  TunnelOptionsInput,
} from '@gc/vpc-client';

type IkeIn = Partial<
  Record<
    'ikeVersion' | 'ikeMode' | 'ikeEncAlg' | 'ikeAuthAlg' | 'ikePfs' | 'localId' | 'remoteId',
    string
  >
> & {
  ikeLifetime?: number;
};
type IpsecIn = Partial<Record<'ipsecEncAlg' | 'ipsecAuthAlg' | 'ipsecPfs', string>> & {
  ipsecLifetime?: number;
};

/** Drops undefined and empty-string members (an empty LocalId/RemoteId means "the default"). */
function compact<T extends Record<string, string | number | undefined>>(o: T) {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== ''),
  ) as Record<string, string | number>;
}

/** The API's IKE object (JSON text for single-tunnel, nested params for tunnels). */
export function ikeParams(ike: IkeIn | undefined, psk: string | undefined) {
  return compact({
    Psk: psk,
    IkeVersion: ike?.ikeVersion,
    IkeMode: ike?.ikeMode,
    IkeEncAlg: ike?.ikeEncAlg,
    IkeAuthAlg: ike?.ikeAuthAlg,
    IkePfs: ike?.ikePfs,
    IkeLifetime: ike?.ikeLifetime,
    LocalId: ike?.localId,
    RemoteId: ike?.remoteId,
  });
}

/** The API's IPsec object. */
export function ipsecParams(ipsec: IpsecIn | undefined) {
  return compact({
    IpsecEncAlg: ipsec?.ipsecEncAlg,
    IpsecAuthAlg: ipsec?.ipsecAuthAlg,
    IpsecPfs: ipsec?.ipsecPfs,
    IpsecLifetime: ipsec?.ipsecLifetime,
  });
}

const nonEmpty = <T extends object>(o: T): T | undefined =>
  Object.keys(o).length > 0 ? o : undefined;

/** One tunnel's settings for Create/Modify/ModifyTunnelAttribute (REFERENCE-2 §1.5, §1.8). */
export function tunnelOptions(t: UpdateTunnelInput): Omit<TunnelOptionsInput, 'Role' | 'TunnelId'> {
  const bgp = t.bgpConfig;
  return {
    CustomerGatewayId: t.customerGatewayId,
    EnableDpd: t.enableDpd,
    EnableNatTraversal: t.enableNatTraversal,
    TunnelIkeConfig: nonEmpty(ikeParams(t.ikeConfig, t.psk)),
    TunnelIpsecConfig: nonEmpty(ipsecParams(t.ipsecConfig)),
    TunnelBgpConfig: bgp
      ? {
          TunnelCidr: bgp.tunnelCidr,
          LocalAsn: bgp.localAsn,
          LocalBgpIp: bgp.localBgpIp || undefined,
        }
      : undefined,
  };
}

/** The dual-tunnel part of CreateVpnConnection: BGP is on when any tunnel has a tunnel CIDR. */
export function createTunnels(input: CreateVpnConnectionRequest) {
  const tunnels = input.tunnels ?? [];
  return {
    EnableTunnelsBgp: input.enableTunnelsBgp ?? tunnels.some((t) => t.bgpConfig !== undefined),
    TunnelOptionsSpecification: tunnels.map((t) => ({ Role: t.role, ...tunnelOptions(t) })),
  };
}

/** ModifyVpnConnectionAttribute for an edit; only what was sent is sent (partial update). */
export function modifyRequest(
  regionId: string,
  id: string,
  input: UpdateVpnConnectionRequest,
  subnets: (raw: string) => string,
): ModifyVpnConnectionAttributeRequest {
  const ike = nonEmpty(ikeParams(input.ikeConfig, input.psk));
  const ipsec = nonEmpty(ipsecParams(input.ipsecConfig));
  return {
    RegionId: regionId,
    VpnConnectionId: id,
    Name: input.name,
    LocalSubnet: input.localSubnet === undefined ? undefined : subnets(input.localSubnet),
    RemoteSubnet: input.remoteSubnet === undefined ? undefined : subnets(input.remoteSubnet),
    EffectImmediately: input.effectImmediately,
    EnableDpd: input.enableDpd,
    EnableNatTraversal: input.enableNatTraversal,
    IkeConfig: ike,
    IpsecConfig: ipsec,
    EnableTunnelsBgp: input.enableTunnelsBgp,
    TunnelOptionsSpecification: input.tunnels?.map((t) => ({
      TunnelId: t.id,
      Role: t.role,
      ...tunnelOptions(t),
    })),
  };
}

/** ModifyTunnelAttribute for a tunnel edit (its object goes un-indexed in the query). */
export function modifyTunnelRequest(
  regionId: string,
  id: string,
  tunnelId: string,
  input: UpdateTunnelInput,
): ModifyTunnelAttributeRequest {
  return {
    RegionId: regionId,
    VpnConnectionId: id,
    TunnelId: tunnelId,
    TunnelOptionsSpecification: tunnelOptions(input),
  };
}
