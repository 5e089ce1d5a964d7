import { defineError, dependsMessage, statusMessage } from './api-error.ts';

// One factory per API error code (moto's exception classes). Codes, statuses and their sic
// spellings follow REFERENCE §1.4 and §5; where a status is unconfirmed the README says why.

const status = (code: string, kind: string) =>
  defineError(400, code, (id: string) => statusMessage(kind, id));
const depends = (code: string, kind: string, on: string) =>
  defineError(400, code, () => dependsMessage(kind, on));
const notFound = (code: string, what: string, httpStatus = 404) =>
  defineError(httpStatus, code, (id: string) => `The specified ${what} "${id}" does not exist.`);

// Authentication and request shape (§1.4, §5.1).
// The message carries the server's string-to-sign, as the real gateway's does (REFERENCE §1.4).
/** 400 `SignatureDoesNotMatch`. */
export const signatureDoesNotMatch = defineError(400, 'SignatureDoesNotMatch', (m: string) => m);
/** 404 `InvalidAccessKeyId.NotFound`. */
export const invalidAccessKeyIdNotFound = defineError(
  404,
  'InvalidAccessKeyId.NotFound',
  () => 'Specified access key is not found.',
);
/** 400 `IncompleteSignature`. */
export const incompleteSignature = defineError(400, 'IncompleteSignature', (m: string) => m);
/** 400 `InvalidTimeStamp.Expired`. */
export const invalidTimeStampExpired = defineError(
  400,
  'InvalidTimeStamp.Expired',
  (m: string) => m,
);
/** 400 `InvalidTimeStamp.Format`. */
export const invalidTimeStampFormat = defineError(400, 'InvalidTimeStamp.Format', (m: string) => m);
/** 400 `MissingTimestamp`. */
export const missingTimestamp = defineError(400, 'MissingTimestamp', (m: string) => m);
/** 400 `InvalidSignatureMethod`. */
export const invalidSignatureMethod = defineError(400, 'InvalidSignatureMethod', (m: string) => m);
/** 400 `SignatureNonceUsed`. */
export const signatureNonceUsed = defineError(
  400,
  'SignatureNonceUsed',
  () => 'Specified signature nonce was used already.',
);
/** 404 `InvalidAction.NotFound`. */
export const invalidActionNotFound = defineError(
  404,
  'InvalidAction.NotFound',
  () => 'Specified api is not found, please check your url and method.',
);
/** 403 `UnsupportedHTTPMethod`. */
export const unsupportedHttpMethod = defineError(
  403,
  'UnsupportedHTTPMethod',
  (m: string) => `This http method ${m} is not supported.`,
);
/** 400 `InvalidVersion`. */
export const invalidVersion = defineError(
  400,
  'InvalidVersion',
  (v: string) => `Specified parameter Version "${v}" is not valid; this API serves 2016-04-28.`,
);
/** 400 `MissingVersion`. */
export const missingVersion = defineError(
  400,
  'MissingVersion',
  () => 'Version is mandatory for this action.',
);
/** 400 `InvalidParameter.Format`. */
export const invalidFormat = defineError(
  400,
  'InvalidParameter.Format',
  (v: string) => `Specified parameter Format "${v}" is not valid; use JSON or XML.`,
);

// Parameters (§5.5).
/** 400 `Missing<Param>`: a required parameter is absent (gateway pattern). */
export const missingNamed = (param: string) =>
  defineError(400, `Missing${param}`, () => `${param} is mandatory for this action.`)();
/** 400 `MissingParameter`. */
export const missingParameter = defineError(400, 'MissingParameter', (m: string) => m);
/** 400 `InvalidParameter`. */
export const invalidParameter = defineError(400, 'InvalidParameter', (m: string) => m);
/** 400 with a field-specific code, e.g. `InvalidSnatIp.Malformed`. */
export const invalidParam = (code: string, m: string) => defineError(400, code, () => m)();
/** 400 `DryRunOperation`. */
export const dryRunOperation = defineError(
  400,
  'DryRunOperation',
  () => 'Request validation has been passed with DryRun flag set.',
);

// Throttling and transient (§5.2).
/** 400 `Throttling.User`. */
export const throttlingUser = defineError(
  400,
  'Throttling.User',
  () => 'Request was denied due to user flow control.',
);
/** 503 `ServiceUnavailable`. */
export const serviceUnavailable = defineError(
  503,
  'ServiceUnavailable',
  () => 'The request has failed due to a temporary failure of the server.',
);
/** 500 `InternalError`. */
export const internalError = defineError(
  500,
  'InternalError',
  () => 'The request processing has failed due to some unknown error.',
);

// Idempotency (§5.3).
/** 400 `IdempotentParameterMismatch`. */
export const idempotentParameterMismatch = defineError(
  400,
  'IdempotentParameterMismatch',
  () => 'The request uses the same client token as a previous, but non-identical request.',
);
/** 400 `LastTokenProcessing`. */
export const lastTokenProcessing = defineError(
  400,
  'LastTokenProcessing',
  () => 'The last request with the same client token is still being processed.',
);

// Not found (§5.6).
/** 404 `InvalidRegionId.NotFound`. */
export const invalidRegionIdNotFound = notFound('InvalidRegionId.NotFound', 'RegionId');
/** 404 `Forbidden.RegionNotFound`. */
export const forbiddenRegionNotFound = notFound('Forbidden.RegionNotFound', 'region');
/** 404 `InvalidVpcId.NotFound`. */
export const invalidVpcIdNotFound = notFound('InvalidVpcId.NotFound', 'VpcId');
/** 404 `InvalidVSwitchId.NotFound`. */
export const invalidVSwitchIdNotFound = notFound('InvalidVSwitchId.NotFound', 'VSwitchId');
/** 404 `InvalidZoneId.NotFound`. */
export const invalidZoneIdNotFound = notFound('InvalidZoneId.NotFound', 'ZoneId');
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
/** 400 `IncorrectInstanceStatus`: the resource is busy or in the wrong state. */
export const incorrectInstanceStatus = status('IncorrectInstanceStatus', 'Instance');
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
  () => 'The EIP is already associated with this instance.',
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
