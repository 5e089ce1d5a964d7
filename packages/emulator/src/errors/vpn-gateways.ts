import { defineError } from '../api-error.ts';

// Dual-tunnel and enhanced VPN gateways (REFERENCE-2 §1.2–§1.4, §6; README "Dual-tunnel and
// enhanced VPN gateways" for the codes the sources leave open).

/** 403 `ForbiddenRelease`: a subscription gateway within its term (REFERENCE-2 §6 row 9). */
export const forbiddenRelease = defineError(
  403,
  'ForbiddenRelease',
  () => 'Forbidden to release a prepaid instance within validity period',
);
/** [emulator choice] 400 `InvalidDisasterRecoveryVSwitchId.SameZone`: both vSwitches in one zone. */
export const drVSwitchSameZone = defineError(
  400,
  'InvalidDisasterRecoveryVSwitchId.SameZone',
  (zone: string) =>
    `DisasterRecoveryVSwitchId must be in another zone than VSwitchId (both are in ${zone}).`,
);
/** [emulator choice] 400 `OperationFailed.ZoneNotSupported`: the zone does not offer this spec. */
export const zoneNotSupported = defineError(
  400,
  'OperationFailed.ZoneNotSupported',
  (zone: string, spec: string) =>
    `Zone ${zone} does not offer VPN gateways of spec ${spec}; see DescribeVpnGatewayAvailableZones.`,
);
/** [emulator choice] 400 `OperationFailed.NotEnhancedVpnGateway`: an enhanced action on a traditional gateway. */
export const notEnhancedVpnGateway = defineError(
  400,
  'OperationFailed.NotEnhancedVpnGateway',
  (id: string) => `VPN gateway ${id} is not an Enhanced.SiteToSite gateway.`,
);
/**
 * 400 `InvalidVSwitchId.NotFound` when a dual-tunnel zone gets no `DisasterRecoveryVSwitchId`: the
 * observed answer is the not-found code, but with 400 and its own message (REFERENCE-2 §6 row 10).
 */
export const dualTunnelVSwitchNotFound = defineError(
  400,
  'InvalidVSwitchId.NotFound',
  () => 'The specified vswitchId is not found.',
);
