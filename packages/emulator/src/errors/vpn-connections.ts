import { ApiError, defineError, notFoundError } from '../api-error.ts';

// Dual-tunnel IPsec connections and their edits (REFERENCE-2 §1.5–§1.11, §6 row 7). Codes the
// sources leave open are [emulator choice]s listed in the README ("Dual-tunnel connections").

/** 400 `IllegalParam.LocalSubnet` / `IllegalParam.RemoteSubnet` (docs21 zh, REFERENCE-2 §6 row 7). */
export const illegalParamSubnet = (
  field: 'LocalSubnet' | 'RemoteSubnet',
  value: string,
  why: string,
): ApiError =>
  new ApiError(
    400,
    `IllegalParam.${field}`,
    `The specified "${field}" (${value}) is invalid. ${why}`,
  );
/** [emulator choice] 400: single-tunnel parameters sent to a dual-tunnel gateway (§1.1, unconfirmed). */
export const dualTunnelGatewayOnly = defineError(
  400,
  'OperationUnsupported.DualTunnelGateway',
  (gw: string, params: string) =>
    `VPN gateway ${gw} accepts only dual-tunnel IPsec connections: send TunnelOptionsSpecification (one master and one slave tunnel) instead of ${params}.`,
);
/** [emulator choice] 400: TunnelOptionsSpecification sent to a single-tunnel gateway (§1.1, unconfirmed). */
export const singleTunnelGatewayOnly = defineError(
  400,
  'OperationUnsupported.SingleTunnelGateway',
  (gw: string) =>
    `VPN gateway ${gw} accepts only single-tunnel IPsec connections: TunnelOptionsSpecification is not supported; send CustomerGatewayId, IkeConfig and IpsecConfig.`,
);
/** [emulator choice] 404: a tunnel id that is not one of the connection's tunnels. */
export const invalidTunnelIdNotFound = notFoundError('InvalidTunnelId.NotFound', 'TunnelId');
/** [emulator choice] 400: ModifyTunnelAttribute cannot switch BGP on (sdk remark, §1.8). */
export const tunnelBgpNotEnabled = defineError(
  400,
  'OperationFailed.TunnelBgpNotEnabled',
  (tunnel: string) =>
    `BGP is not enabled on tunnel ${tunnel}: enable it with ModifyVpnConnectionAttribute (EnableTunnelsBgp and TunnelBgpConfig) first.`,
);
/** [emulator choice] 400: two tunnels of one gateway with the same TunnelCidr (§1.5 "unique"). */
export const tunnelCidrConflict = defineError(
  400,
  'InvalidParameter.TunnelCidr.Conflict',
  (cidr: string) => `TunnelCidr ${cidr} is already used by another tunnel of this VPN gateway.`,
);
