import { defineError, dependsError, notFoundError } from '../api-error.ts';

// IPsec servers (client-to-site over IPsec). REFERENCE-2 does not cover them: every code here is
// an [emulator choice] listed with its reason in the README's "IPsec servers" section.

/** [emulator choice] 404 `InvalidIpsecServerId.NotFound`: no IPsec server with that id. */
export const invalidIpsecServerIdNotFound = notFoundError(
  'InvalidIpsecServerId.NotFound',
  'IpsecServerId',
);
/** [emulator choice] 400 `OperationFailed.IpsecServerNotSupport`: SSL-VPN off, or an enhanced gateway. */
export const ipsecServerNotSupport = defineError(
  400,
  'OperationFailed.IpsecServerNotSupport',
  (gw: string, why: string) => `VPN gateway ${gw} cannot host an IPsec server: ${why}.`,
);
/** [emulator choice] 400 `Resource.QuotaFull`: the gateway already has its IPsec server. */
export const ipsecServerQuotaFull = defineError(
  400,
  'Resource.QuotaFull',
  (gw: string) => `The quota of resource is full: VPN gateway ${gw} already has an IPsec server.`,
);
/** [emulator choice] 400 `InvalidParameter.PskEnabled`: only `PskEnabled=true` is supported. */
export const invalidPskEnabled = defineError(
  400,
  'InvalidParameter.PskEnabled',
  () => 'PskEnabled only supports true: IPsec servers authenticate clients with a pre-shared key.',
);
/**
 * [emulator choice] 400 `DependencyViolation.IpsecServer`: DeleteVpnGateway while an IPsec server
 * exists, as for an SSL-VPN server (REFERENCE-2 §3.3).
 */
export const dependencyViolationIpsecServer = dependsError(
  'DependencyViolation.IpsecServer',
  'Gateway',
  'IpsecServer',
);
