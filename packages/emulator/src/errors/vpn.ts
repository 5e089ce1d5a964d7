import { defineError, dependsError, notFoundError, statusError } from '../api-error.ts';

// VPN gateways, customer gateways and IPsec connections (REFERENCE §3.4, §5; README decisions).

/** 404 `InvalidVpnGatewayInstanceId.NotFound`. */
export const invalidVpnGatewayIdNotFound = notFoundError(
  'InvalidVpnGatewayInstanceId.NotFound',
  'VpnGatewayId',
);
/** 404 `InvalidCustomerGatewayInstanceId.NotFound`. */
export const invalidCustomerGatewayIdNotFound = notFoundError(
  'InvalidCustomerGatewayInstanceId.NotFound',
  'CustomerGatewayId',
);
/** 404 `InvalidVpnConnectionInstanceId.NotFound`. */
export const invalidVpnConnectionIdNotFound = notFoundError(
  'InvalidVpnConnectionInstanceId.NotFound',
  'VpnConnectionId',
);
/** 400 `VpnGateway.Configuring`: the gateway is `provisioning` or `updating`. */
export const vpnGatewayConfiguring = statusError('VpnGateway.Configuring', 'VpnGateway');
/** 400 `IncorrectStatus.VpnGateway`: the gateway is already being deleted (tf, REFERENCE §3.4). */
export const incorrectStatusVpnGateway = statusError('IncorrectStatus.VpnGateway', 'VpnGateway');
/** 400 `DependencyViolation.VpnConnection`: connections still use the gateway. */
export const dependencyViolationVpnConnection = dependsError(
  'DependencyViolation.VpnConnection',
  'Gateway',
  'VpnConnection',
);
/** 400 `InvalidIpAddress.WrongFormat` (REFERENCE §3.4 CreateCustomerGateway). */
export const invalidIpAddressWrongFormat = defineError(
  400,
  'InvalidIpAddress.WrongFormat',
  (why: string) => `The specified IpAddress is invalid: ${why}`,
);
/** 400 `InvalidVpnConnection.AlreadyExists`: same gateway + customer gateway pair (REFERENCE §3.4). */
export const invalidVpnConnectionAlreadyExists = defineError(
  400,
  'InvalidVpnConnection.AlreadyExists',
  (gw: string, cgw: string) => `An IPsec connection between ${gw} and ${cgw} already exists.`,
);
/** [emulator choice] 400 `OperationFailed.IpsecNotEnabled`: the gateway has IPsec-VPN disabled. */
export const ipsecNotEnabled = defineError(
  400,
  'OperationFailed.IpsecNotEnabled',
  (gw: string) => `VPN gateway ${gw} does not have IPsec-VPN enabled.`,
);
/** 400 `Resource.QuotaFull`: the gateway has its maximum of IPsec connections. */
export const resourceQuotaFull = defineError(
  400,
  'Resource.QuotaFull',
  (gw: string, max: number) => `VPN gateway ${gw} already has ${max} IPsec connections.`,
);
