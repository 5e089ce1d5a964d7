import { defineError, notFoundError } from '../api-error.ts';

// Diagnostics actions: none of them has a documented error table (REFERENCE-2 §8), so every code
// here is an [emulator choice] in the VPN family's style (README "VPN diagnostics and logs").

/** 404 `InvalidDiagnoseId.NotFound`: no such one-click diagnosis in the region. */
export const invalidDiagnoseIdNotFound = notFoundError('InvalidDiagnoseId.NotFound', 'DiagnoseId');
/** 400 `IllegalParam.ResourceType`: DiagnoseVpnGateway only knows `IPsec` (REFERENCE-2 §1.14). */
export const illegalResourceType = defineError(
  400,
  'IllegalParam.ResourceType',
  (type: string) => `The specified "ResourceType" (${type}) is invalid; only IPsec is supported.`,
);
/** 400 `IllegalParam.ResourceId`: the connection does not belong to the gateway diagnosed. */
export const illegalDiagnoseResource = defineError(
  400,
  'IllegalParam.ResourceId',
  (conn: string, gw: string) => `The IPsec connection ${conn} does not belong to ${gw}.`,
);
/** 400 `IllegalParam.IPsecExtendInfo`: not the documented JSON object of two IPv4 addresses. */
export const illegalIpsecExtendInfo = defineError(
  400,
  'IllegalParam.IPsecExtendInfo',
  (why: string) => `The specified "IPsecExtendInfo" is invalid: ${why}`,
);
/** 400 `IllegalParam.TimeRange`: `From` after `To`, or no usable window for the logs. */
export const illegalTimeRange = defineError(
  400,
  'IllegalParam.TimeRange',
  (why: string) => `The specified log time range is invalid: ${why}`,
);
