import { defineError, dependsError, notFoundError, statusError } from '../api-error.ts';

// IPv6 gateways, addresses, internet bandwidth and egress-only rules (REFERENCE §3.5;
// REFERENCE-2 §5, §6). Codes no source confirms are [emulator choice]s listed in the README.

const failedBecause = (code: string) =>
  defineError(400, code, (why: string) => `The operation is failed because of ${why}.`);
const resourceNotFound = (code: string, kind: string) =>
  defineError(404, code, (id: string) => `The specified resource of ${kind} ${id} is not found.`);

// Gateways (REFERENCE §3.5, §4.5).
/** [emulator choice] 404 `InvalidIpv6GatewayId.NotFound` (no code confirmed, REFERENCE §5.6). */
export const invalidIpv6GatewayIdNotFound = notFoundError(
  'InvalidIpv6GatewayId.NotFound',
  'Ipv6GatewayId',
);
/** 400 `IncorrectStatus.Ipv6Gateway`: the gateway is not `Available`. */
export const incorrectStatusIpv6Gateway = statusError('IncorrectStatus.Ipv6Gateway', 'Ipv6Gateway');
/** 400 `DependencyViolation.Ipv6InternetBandwidth`: an address of the VPC still has bandwidth. */
export const dependencyViolationIpv6InternetBandwidth = dependsError(
  'DependencyViolation.Ipv6InternetBandwidth',
  'Ipv6Gateway',
  'Ipv6InternetBandwidth',
);
/** [emulator choice] 400 `DependencyViolation.Ipv6EgressOnlyRule`: the gateway still has rules. */
export const dependencyViolationIpv6EgressOnlyRule = dependsError(
  'DependencyViolation.Ipv6EgressOnlyRule',
  'Ipv6Gateway',
  'Ipv6EgressOnlyRule',
);
/** [emulator choice] 400 `QuotaExceeded.Ipv6Gateway`: a VPC has at most one (REFERENCE §5.4). */
export const quotaExceededIpv6Gateway = defineError(
  400,
  'QuotaExceeded.Ipv6Gateway',
  (vpcId: string, gw: string) => `VPC ${vpcId} already has IPv6 gateway ${gw}; a VPC can have one.`,
);
/** [emulator choice] 400 `OperationFailed.VpcIpv6NotEnabled`: the VPC has no IPv6 CIDR (§4.5). */
export const vpcIpv6NotEnabled = defineError(
  400,
  'OperationFailed.VpcIpv6NotEnabled',
  (vpcId: string) => `VPC ${vpcId} has no IPv6 CIDR block; enable IPv6 on the VPC first.`,
);

// Addresses and internet bandwidth (REFERENCE §3.5; REFERENCE-2 §5.5 error table).
/** [emulator choice] 404 `InvalidIpv6AddressId.NotFound` (bandwidth Modify/Delete). */
export const invalidIpv6AddressIdNotFound = notFoundError(
  'InvalidIpv6AddressId.NotFound',
  'Ipv6AddressId',
);
/** 404 `ResourceNotFound.Ipv6Address`: the documented 404 for an unknown address (§5.5). */
export const resourceNotFoundIpv6Address = resourceNotFound(
  'ResourceNotFound.Ipv6Address',
  'Ipv6Address',
);
/** [emulator choice] 404 `InvalidIpv6InternetBandwidthId.NotFound` (none confirmed). */
export const invalidIpv6InternetBandwidthIdNotFound = notFoundError(
  'InvalidIpv6InternetBandwidthId.NotFound',
  'Ipv6InternetBandwidthId',
);
/** 400 `BothEmptyParam.Ipv6AddressIdAndIpv6InternetBandwidthId` (help-centre error table). */
export const bothEmptyIpv6AddressAndBandwidthId = defineError(
  400,
  'BothEmptyParam.Ipv6AddressIdAndIpv6InternetBandwidthId',
  () => 'Either Ipv6AddressId or Ipv6InternetBandwidthId should be specified.',
);
/** 400 `IllegalParam.Bandwidth`: AllocateIpv6InternetBandwidth out of range (§5.5). */
export const illegalParamBandwidth = defineError(
  400,
  'IllegalParam.Bandwidth',
  () => 'The param of Bandwidth is illegal.',
);
/** 400 `OperationFailed.InternetBandwidthAlreadyExisted`: one bandwidth per address (§5.5). */
export const internetBandwidthAlreadyExisted = failedBecause(
  'OperationFailed.InternetBandwidthAlreadyExisted',
);
/** 400 `OperationFailed.Ipv6GatewayNotExist`: the address's VPC has no such IPv6 gateway (§6 #11). */
export const ipv6GatewayNotExist = failedBecause('OperationFailed.Ipv6GatewayNotExist');
/** 400 `OperationFailed.Ipv6GatewayDisMatchIpv6Address`: gateway and address in other VPCs. */
export const ipv6GatewayDisMatchIpv6Address = failedBecause(
  'OperationFailed.Ipv6GatewayDisMatchIpv6Address',
);

// Egress-only rules (REFERENCE-2 §5.1–§5.3: no error table; [emulator choice]s).
/** [emulator choice] 404 `ResourceNotFound.Ipv6EgressOnlyRule`, in the §5.5 not-found style. */
export const resourceNotFoundIpv6EgressOnlyRule = resourceNotFound(
  'ResourceNotFound.Ipv6EgressOnlyRule',
  'Ipv6EgressOnlyRule',
);
/** [emulator choice] 400 `IncorrectStatus.Ipv6EgressOnlyRule`: the rule is `Pending`/`Deleting`. */
export const incorrectStatusIpv6EgressOnlyRule = statusError(
  'IncorrectStatus.Ipv6EgressOnlyRule',
  'Ipv6EgressOnlyRule',
);
/** [emulator choice] 400 `OperationFailed.EgressOnlyRuleAlreadyExisted`: one rule per address. */
export const egressOnlyRuleAlreadyExisted = failedBecause(
  'OperationFailed.EgressOnlyRuleAlreadyExisted',
);
