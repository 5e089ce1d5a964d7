import { defineError, dependsMessage, statusMessage } from './api-error.ts';

// One factory per API error code (moto's exception classes). Codes, statuses and their sic
// spellings follow REFERENCE §1.4 and §5; where a status is unconfirmed the README says why.
// The protocol-layer codes (§1.4, §5.1–§5.5) are in protocol-errors.ts, re-exported here.

export * from './protocol-errors.ts';

const status = (code: string, kind: string) =>
  defineError(400, code, (id: string) => statusMessage(kind, id));
const depends = (code: string, kind: string, on: string) =>
  defineError(400, code, () => dependsMessage(kind, on));
const notFound = (code: string, what: string) =>
  defineError(404, code, (id: string) => `The specified ${what} "${id}" does not exist.`);

// Not found (§5.6).
/** 404 `InvalidRegionId.NotFound`. */
export const invalidRegionIdNotFound = notFound('InvalidRegionId.NotFound', 'RegionId');
/** 404 `Forbidden.RegionNotFound`. */
export const forbiddenRegionNotFound = notFound('Forbidden.RegionNotFound', 'region');
/** 404 `InvalidVpcId.NotFound`. */
export const invalidVpcIdNotFound = notFound('InvalidVpcId.NotFound', 'VpcId');
/** 404 `InvalidVSwitchId.NotFound`. */
export const invalidVSwitchIdNotFound = notFound('InvalidVSwitchId.NotFound', 'VSwitchId');
/** 404 `InvalidNatGatewayId.NotFound`. */
export const invalidNatGatewayIdNotFound = notFound('InvalidNatGatewayId.NotFound', 'NatGatewayId');
/** 404 `InvalidSnatTableId.NotFound`. */
export const invalidSnatTableIdNotFound = notFound('InvalidSnatTableId.NotFound', 'SnatTableId');
/** 404 `InvalidSnatEntryId.NotFound`. */
export const invalidSnatEntryIdNotFound = notFound('InvalidSnatEntryId.NotFound', 'SnatEntryId');
/** 404 `InvalidForwardTableId.NotFound`. */
export const invalidForwardTableIdNotFound = notFound(
  'InvalidForwardTableId.NotFound',
  'ForwardTableId',
);
/** 404 `InvalidForwardEntryId.NotFound`. */
export const invalidForwardEntryIdNotFound = notFound(
  'InvalidForwardEntryId.NotFound',
  'ForwardEntryId',
);
/** 404 `InvalidAllocationId.NotFound`. */
export const invalidAllocationIdNotFound = notFound('InvalidAllocationId.NotFound', 'AllocationId');
/** 404 `InvalidInstanId.NotFound`. */
export const invalidInstanIdNotFound = notFound('InvalidInstanId.NotFound', 'instance');
/** 404 `InvalidSnatIp.NotFound`. */
export const invalidSnatIpNotFound = notFound('InvalidSnatIp.NotFound', 'SnatIp');
/** 404 `InvalidExternalIp.NotFound`. */
export const invalidExternalIpNotFound = notFound('InvalidExternalIp.NotFound', 'ExternalIp');
/** 404 `InvalidVpnGatewayInstanceId.NotFound`. */
export const invalidVpnGatewayIdNotFound = notFound(
  'InvalidVpnGatewayInstanceId.NotFound',
  'VpnGatewayId',
);
/** 404 `InvalidCustomerGatewayInstanceId.NotFound`. */
export const invalidCustomerGatewayIdNotFound = notFound(
  'InvalidCustomerGatewayInstanceId.NotFound',
  'CustomerGatewayId',
);
/** 404 `InvalidVpnConnectionInstanceId.NotFound`. */
export const invalidVpnConnectionIdNotFound = notFound(
  'InvalidVpnConnectionInstanceId.NotFound',
  'VpnConnectionId',
);
/** 404 `InvalidIpv6GatewayId.NotFound`. */
export const invalidIpv6GatewayIdNotFound = notFound(
  'InvalidIpv6GatewayId.NotFound',
  'Ipv6GatewayId',
);
/** 404 `InvalidResourceId.NotFound`. */
export const invalidResourceIdNotFound = notFound('InvalidResourceId.NotFound', 'ResourceId');

// State and dependencies (§5.7).
/** 400 `IncorrectStatus.NatGateway`: the resource is busy or in the wrong state. */
export const incorrectStatusNatGateway = status('IncorrectStatus.NatGateway', 'NatGateway');
/** 400 `IncorrectStatus.NATGW`: the resource is busy or in the wrong state. */
export const incorrectStatusNatgw = status('IncorrectStatus.NATGW', 'NatGateway');
/** 400 `IncorretSnatEntryStatus`: the resource is busy or in the wrong state. */
export const incorretSnatEntryStatus = status('IncorretSnatEntryStatus', 'SnatEntry');
/** 400 `IncorretForwardEntryStatus`: the resource is busy or in the wrong state. */
export const incorretForwardEntryStatus = status('IncorretForwardEntryStatus', 'ForwardEntry');
/** 400 `IncorrectEipStatus`: the resource is busy or in the wrong state. */
export const incorrectEipStatus = status('IncorrectEipStatus', 'EipAddress');
/** 400 `IncorrectStatus.Ipv6Gateway`: the resource is busy or in the wrong state. */
export const incorrectStatusIpv6Gateway = status('IncorrectStatus.Ipv6Gateway', 'Ipv6Gateway');
/** 400 `VpnGateway.Configuring`: the resource is busy or in the wrong state. */
export const vpnGatewayConfiguring = status('VpnGateway.Configuring', 'VpnGateway');
/** 400 `VpnConnection.Configuring`: the resource is busy or in the wrong state. */
export const vpnConnectionConfiguring = status('VpnConnection.Configuring', 'VpnConnection');
/** 409 `OperationConflict`. */
export const operationConflict = defineError(
  409,
  'OperationConflict',
  () => 'Request was denied due to conflict with a previous request.',
);
/** 400 `TaskConflict`. */
export const taskConflict = defineError(
  400,
  'TaskConflict',
  () => 'The operation conflicts with a task in progress, please try again later.',
);
/** 400 `DependencyViolation.EIPS`: a dependency blocks the operation. */
export const dependencyViolationEips = depends('DependencyViolation.EIPS', 'NatGateway', 'EIPs');
/** 400 `DependencyViolation.SnatEntry`: a dependency blocks the operation. */
export const dependencyViolationSnatEntry = depends(
  'DependencyViolation.SnatEntry',
  'NatGateway',
  'SnatEntry',
);
/** 400 `DependencyViolation.ForwardEntry`: a dependency blocks the operation. */
export const dependencyViolationForwardEntry = depends(
  'DependencyViolation.ForwardEntry',
  'NatGateway',
  'ForwardEntry',
);
/** 400 `DependencyViolation.VpnConnection`: a dependency blocks the operation. */
export const dependencyViolationVpnConnection = depends(
  'DependencyViolation.VpnConnection',
  'Gateway',
  'VpnConnection',
);
/** 400 `DependencyViolation.Ipv6InternetBandwidth`: a dependency blocks the operation. */
export const dependencyViolationIpv6InternetBandwidth = depends(
  'DependencyViolation.Ipv6InternetBandwidth',
  'Ipv6Gateway',
  'Ipv6InternetBandwidth',
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
