import { defineError, dependsError, notFoundError, statusError } from '../api-error.ts';

// NAT gateways, SNAT/DNAT entries and EIPs (REFERENCE §3.2, §3.3, §5). Quotas marked
// [emulator choice] in the README keep the real code with the emulator's limit.

// Not found (§5.6).
/** 404 `InvalidNatGatewayId.NotFound`. */
export const invalidNatGatewayIdNotFound = notFoundError(
  'InvalidNatGatewayId.NotFound',
  'NatGatewayId',
);
/** 404 `InvalidSnatTableId.NotFound`. */
export const invalidSnatTableIdNotFound = notFoundError(
  'InvalidSnatTableId.NotFound',
  'SnatTableId',
);
/** 404 `InvalidSnatEntryId.NotFound`. */
export const invalidSnatEntryIdNotFound = notFoundError(
  'InvalidSnatEntryId.NotFound',
  'SnatEntryId',
);
/** 404 `InvalidForwardTableId.NotFound`. */
export const invalidForwardTableIdNotFound = notFoundError(
  'InvalidForwardTableId.NotFound',
  'ForwardTableId',
);
/** 404 `InvalidForwardEntryId.NotFound`. */
export const invalidForwardEntryIdNotFound = notFoundError(
  'InvalidForwardEntryId.NotFound',
  'ForwardEntryId',
);
/** 404 `InvalidAllocationId.NotFound`. */
export const invalidAllocationIdNotFound = notFoundError(
  'InvalidAllocationId.NotFound',
  'AllocationId',
);
/** 404 `InvalidInstanId.NotFound` (sic). */
export const invalidInstanIdNotFound = notFoundError('InvalidInstanId.NotFound', 'instance');
/** 404 `InvalidSnatIp.NotFound`. */
export const invalidSnatIpNotFound = notFoundError('InvalidSnatIp.NotFound', 'SnatIp');
/** 404 `InvalidExternalIp.NotFound`. */
export const invalidExternalIpNotFound = notFoundError('InvalidExternalIp.NotFound', 'ExternalIp');
/** 400 `InvalidInstanceId.NotFound`: UnassociateEipAddress naming another instance. */
export const invalidInstanceIdNotFound = defineError(
  400,
  'InvalidInstanceId.NotFound',
  (eipId: string, instanceId: string) => `EIP ${eipId} is not associated with ${instanceId}.`,
);

// State and dependencies (§5.7).
/** 400 `IncorrectStatus.NatGateway`: the resource is busy or in the wrong state. */
export const incorrectStatusNatGateway = statusError('IncorrectStatus.NatGateway', 'NatGateway');
/** 400 `IncorrectStatus.NATGW`: the resource is busy or in the wrong state. */
export const incorrectStatusNatgw = statusError('IncorrectStatus.NATGW', 'NatGateway');
/** 400 `IncorretSnatEntryStatus` (sic): the entry is busy. */
export const incorretSnatEntryStatus = statusError('IncorretSnatEntryStatus', 'SnatEntry');
/** 400 `IncorretForwardEntryStatus` (sic): the entry is busy. */
export const incorretForwardEntryStatus = statusError('IncorretForwardEntryStatus', 'ForwardEntry');
/** 400 `IncorrectEipStatus`: the EIP is busy or in the wrong state. */
export const incorrectEipStatus = statusError('IncorrectEipStatus', 'EipAddress');
/** 400 `DependencyViolation.EIPS`: the NAT gateway still has EIPs. */
export const dependencyViolationEips = dependsError(
  'DependencyViolation.EIPS',
  'NatGateway',
  'EIPs',
);
/** 400 `DependencyViolation.SnatEntry`: the NAT gateway still has SNAT entries. */
export const dependencyViolationSnatEntry = dependsError(
  'DependencyViolation.SnatEntry',
  'NatGateway',
  'SnatEntry',
);
/** 400 `DependencyViolation.ForwardEntry`: the NAT gateway still has DNAT entries. */
export const dependencyViolationForwardEntry = dependsError(
  'DependencyViolation.ForwardEntry',
  'NatGateway',
  'ForwardEntry',
);
/** 400 `InvalidAssociation.Duplicated`. */
export const invalidAssociationDuplicated = defineError(
  400,
  'InvalidAssociation.Duplicated',
  (eipId: string, instanceId: string) => `EIP ${eipId} is already associated with ${instanceId}.`,
);
/** 400 `InvalidIpStatus.HasBeenUsedBySnatTable`. */
export const invalidIpStatusUsedBySnat = defineError(
  400,
  'InvalidIpStatus.HasBeenUsedBySnatTable',
  () => 'The IP is used by an SNAT entry; unassociate with Force=true.',
);
/** 400 `InvalidIpStatus.HasBeenUsedByForwardEntry`. */
export const invalidIpStatusUsedByForward = defineError(
  400,
  'InvalidIpStatus.HasBeenUsedByForwardEntry',
  () => 'The IP is used by a DNAT entry; unassociate with Force=true.',
);

// NAT gateways and EIPs (§3.2, §3.3).
/** 400 `OperationFailed.EnhancedQuotaExceed`: the VPC has its maximum of NAT gateways. */
export const enhancedQuotaExceed = defineError(
  400,
  'OperationFailed.EnhancedQuotaExceed',
  (max: number) => `A VPC can have at most ${max} NAT gateways.`,
);
/** 400 `NATGW_MODIFY_SPEC_SAME`: ModifyNatGatewaySpec to the current spec. */
export const natgwModifySpecSame = defineError(
  400,
  'NATGW_MODIFY_SPEC_SAME',
  (spec: string) => `The NAT gateway already has spec ${spec}.`,
);
/** 400 `OperationDenied`: an EIP on a VPC NAT gateway. */
export const operationDeniedIntranetNat = defineError(
  400,
  'OperationDenied',
  () => 'A VPC NAT gateway (NetworkType=intranet) cannot be associated with an EIP.',
);
/** 400 `QuotaExceeded.EipsPerNatGateway`. */
export const quotaExceededEipsPerNat = defineError(
  400,
  'QuotaExceeded.EipsPerNatGateway',
  (max: number) => `A NAT gateway takes at most ${max} EIPs.`,
);
/** 400 `QuotaExceeded.Eip`: the region holds its maximum of EIPs. */
export const quotaExceededEip = defineError(
  400,
  'QuotaExceeded.Eip',
  (max: number) => `At most ${max} EIPs per region.`,
);
/** 400 `Forbidden.ChargeTypeIsPrepaid`: a subscription EIP cannot be released. */
export const chargeTypeIsPrepaid = defineError(
  400,
  'Forbidden.ChargeTypeIsPrepaid',
  () => 'A subscription EIP cannot be released.',
);
