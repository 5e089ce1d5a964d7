import { defineError, dependsError, notFoundError } from '../api-error.ts';

// SSL-VPN servers, client certificates and connected clients (REFERENCE-2 §3, §6 rows 16–18/21).
// Codes marked [emulator choice] are listed with their reasons in the README's SSL-VPN section.

/** 404 `InvalidSslVpnServerId.NotFound` (CreateSslVpnClientCert's table, REFERENCE-2 §3.5). */
export const invalidSslVpnServerIdNotFound = notFoundError(
  'InvalidSslVpnServerId.NotFound',
  'SSL VPN server id',
);
/** 404 `InvalidSslVpnClientCertId.NotFound` (ModifySslVpnClientCert's table; §3.8 emulator choice). */
export const invalidSslVpnClientCertIdNotFound = notFoundError(
  'InvalidSslVpnClientCertId.NotFound',
  'SSL VPN client cert id',
);
/** [emulator choice] 400 `OperationFailed.SslNotSupport`: the gateway has no SSL-VPN (off, or enhanced). */
export const sslNotSupport = defineError(
  400,
  'OperationFailed.SslNotSupport',
  (gw: string, why: string) => `VPN gateway ${gw} does not support SSL-VPN: ${why}.`,
);
/** 400 `Resource.QuotaFull`: the gateway already has its SSL server (one per gateway). */
export const sslVpnServerQuotaFull = defineError(
  400,
  'Resource.QuotaFull',
  (gw: string) => `The quota of resource is full: VPN gateway ${gw} already has an SSL server.`,
);
/** 400 `CreateSslCertsQuotaFull.QuotaFull`: the server holds its maximum of certificates. */
export const createSslCertsQuotaFull = defineError(
  400,
  'CreateSslCertsQuotaFull.QuotaFull',
  (max: number) =>
    `Create the number of SSL certificates that exceed the quota limit (${max} per SSL server).`,
);
/** 400 `SslVpnClientCreateTimes.ReachLimits`: too many creation operations on one server. */
export const sslVpnClientCreateTimesReachLimits = defineError(
  400,
  'SslVpnClientCreateTimes.ReachLimits',
  () => 'The number of client cert creation operations reaches the upper limit.',
);
/** 400 `DependencyViolation.SslVpnServer`: DeleteVpnGateway while an SSL server exists (sheet 1). */
export const dependencyViolationSslVpnServer = dependsError(
  'DependencyViolation.SslVpnServer',
  'Gateway',
  'SslVpnServer',
);
/** [emulator choice] 400 `OperationFailed.VisuallySslNotSupport`: no `VisuallySsl` label (§3.10). */
export const visuallySslNotSupport = defineError(
  400,
  'OperationFailed.VisuallySslNotSupport',
  (gw: string) =>
    `VPN gateway ${gw} cannot list SSL clients: it lacks the VisuallySsl feature (upgrade it).`,
);
/** [emulator choice] 400 `IllegalParam.TimeRange`: `From` after `To` in DescribeVpnSslServerLogs. */
export const illegalSslLogTimeRange = defineError(
  400,
  'IllegalParam.TimeRange',
  (m: string) => `The specified time range is illegal: ${m}`,
);

// Admin API (`/_emulator/ssl-vpn/*`): the emulator's own JSON errors, as in errors/admin.ts.
/** 404 `NotFound`: the admin call names an unknown server, certificate or client. */
export const adminSslNotFound = defineError(404, 'NotFound', (m: string) => m);
/** 409 `Conflict`: a simulated client cannot connect (expired certificate, server full). */
export const adminSslConflict = defineError(409, 'Conflict', (m: string) => m);
