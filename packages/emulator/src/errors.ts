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
export const signatureDoesNotMatch = defineError(400, 'SignatureDoesNotMatch', (m: string) => m);
export const invalidAccessKeyIdNotFound = defineError(
  404,
  'InvalidAccessKeyId.NotFound',
  () => 'Specified access key is not found.',
);
export const incompleteSignature = defineError(400, 'IncompleteSignature', (m: string) => m);
export const invalidTimeStampExpired = defineError(
  400,
  'InvalidTimeStamp.Expired',
  (m: string) => m,
);
export const invalidTimeStampFormat = defineError(400, 'InvalidTimeStamp.Format', (m: string) => m);
export const missingTimestamp = defineError(400, 'MissingTimestamp', (m: string) => m);
export const invalidSignatureMethod = defineError(400, 'InvalidSignatureMethod', (m: string) => m);
export const signatureNonceUsed = defineError(
  400,
  'SignatureNonceUsed',
  () => 'Specified signature nonce was used already.',
);
export const invalidActionNotFound = defineError(
  404,
  'InvalidAction.NotFound',
  () => 'Specified api is not found, please check your url and method.',
);
export const unsupportedHttpMethod = defineError(
  403,
  'UnsupportedHTTPMethod',
  (m: string) => `This http method ${m} is not supported.`,
);
export const invalidVersion = defineError(
  400,
  'InvalidVersion',
  (v: string) => `Specified parameter Version "${v}" is not valid; this API serves 2016-04-28.`,
);
export const missingVersion = defineError(
  400,
  'MissingVersion',
  () => 'Version is mandatory for this action.',
);
export const invalidFormat = defineError(
  400,
  'InvalidParameter.Format',
  (v: string) => `Specified parameter Format "${v}" is not valid; use JSON or XML.`,
);

// Parameters (§5.5).
export const missingNamed = (param: string) =>
  defineError(400, `Missing${param}`, () => `${param} is mandatory for this action.`)();
export const missingParameter = defineError(400, 'MissingParameter', (m: string) => m);
export const invalidParameter = defineError(400, 'InvalidParameter', (m: string) => m);
export const invalidParam = (code: string, m: string) => defineError(400, code, () => m)();
export const dryRunOperation = defineError(
  400,
  'DryRunOperation',
  () => 'Request validation has been passed with DryRun flag set.',
);

// Throttling and transient (§5.2).
export const throttlingUser = defineError(
  400,
  'Throttling.User',
  () => 'Request was denied due to user flow control.',
);
export const serviceUnavailable = defineError(
  503,
  'ServiceUnavailable',
  () => 'The request has failed due to a temporary failure of the server.',
);
export const internalError = defineError(
  500,
  'InternalError',
  () => 'The request processing has failed due to some unknown error.',
);

// Idempotency (§5.3).
export const idempotentParameterMismatch = defineError(
  400,
  'IdempotentParameterMismatch',
  () => 'The request uses the same client token as a previous, but non-identical request.',
);
export const lastTokenProcessing = defineError(
  400,
  'LastTokenProcessing',
  () => 'The last request with the same client token is still being processed.',
);

// Not found (§5.6).
export const invalidRegionIdNotFound = notFound('InvalidRegionId.NotFound', 'RegionId');
export const forbiddenRegionNotFound = notFound('Forbidden.RegionNotFound', 'region');
export const invalidVpcIdNotFound = notFound('InvalidVpcId.NotFound', 'VpcId');
export const invalidVSwitchIdNotFound = notFound('InvalidVSwitchId.NotFound', 'VSwitchId');
export const invalidZoneIdNotFound = notFound('InvalidZoneId.NotFound', 'ZoneId');
export const invalidNatGatewayIdNotFound = notFound('InvalidNatGatewayId.NotFound', 'NatGatewayId');
export const invalidSnatTableIdNotFound = notFound('InvalidSnatTableId.NotFound', 'SnatTableId');
export const invalidSnatEntryIdNotFound = notFound('InvalidSnatEntryId.NotFound', 'SnatEntryId');
export const invalidForwardTableIdNotFound = notFound(
  'InvalidForwardTableId.NotFound',
  'ForwardTableId',
);
export const invalidForwardEntryIdNotFound = notFound(
  'InvalidForwardEntryId.NotFound',
  'ForwardEntryId',
);
export const invalidAllocationIdNotFound = notFound('InvalidAllocationId.NotFound', 'AllocationId');
export const invalidInstanIdNotFound = notFound('InvalidInstanId.NotFound', 'instance');
export const invalidSnatIpNotFound = notFound('InvalidSnatIp.NotFound', 'SnatIp');
export const invalidExternalIpNotFound = notFound('InvalidExternalIp.NotFound', 'ExternalIp');
export const invalidVpnGatewayIdNotFound = notFound(
  'InvalidVpnGatewayInstanceId.NotFound',
  'VpnGatewayId',
);
export const invalidCustomerGatewayIdNotFound = notFound(
  'InvalidCustomerGatewayInstanceId.NotFound',
  'CustomerGatewayId',
);
export const invalidVpnConnectionIdNotFound = notFound(
  'InvalidVpnConnectionInstanceId.NotFound',
  'VpnConnectionId',
);
export const invalidIpv6GatewayIdNotFound = notFound(
  'InvalidIpv6GatewayId.NotFound',
  'Ipv6GatewayId',
);
export const invalidResourceIdNotFound = notFound('InvalidResourceId.NotFound', 'ResourceId');

// State and dependencies (§5.7).
export const incorrectStatusNatGateway = status('IncorrectStatus.NatGateway', 'NatGateway');
export const incorrectStatusNatgw = status('IncorrectStatus.NATGW', 'NatGateway');
export const incorretSnatEntryStatus = status('IncorretSnatEntryStatus', 'SnatEntry');
export const incorretForwardEntryStatus = status('IncorretForwardEntryStatus', 'ForwardEntry');
export const incorrectEipStatus = status('IncorrectEipStatus', 'EipAddress');
export const incorrectInstanceStatus = status('IncorrectInstanceStatus', 'Instance');
export const incorrectStatusIpv6Gateway = status('IncorrectStatus.Ipv6Gateway', 'Ipv6Gateway');
export const vpnGatewayConfiguring = status('VpnGateway.Configuring', 'VpnGateway');
export const vpnConnectionConfiguring = status('VpnConnection.Configuring', 'VpnConnection');
export const operationConflict = defineError(
  409,
  'OperationConflict',
  () => 'Request was denied due to conflict with a previous request.',
);
export const taskConflict = defineError(
  400,
  'TaskConflict',
  () => 'The operation conflicts with a task in progress, please try again later.',
);
export const dependencyViolationEips = depends('DependencyViolation.EIPS', 'NatGateway', 'EIPs');
export const dependencyViolationSnatEntry = depends(
  'DependencyViolation.SnatEntry',
  'NatGateway',
  'SnatEntry',
);
export const dependencyViolationForwardEntry = depends(
  'DependencyViolation.ForwardEntry',
  'NatGateway',
  'ForwardEntry',
);
export const dependencyViolationVpnConnection = depends(
  'DependencyViolation.VpnConnection',
  'Gateway',
  'VpnConnection',
);
export const dependencyViolationIpv6InternetBandwidth = depends(
  'DependencyViolation.Ipv6InternetBandwidth',
  'Ipv6Gateway',
  'Ipv6InternetBandwidth',
);
export const invalidAssociationDuplicated = defineError(
  400,
  'InvalidAssociation.Duplicated',
  () => 'The EIP is already associated with this instance.',
);
export const invalidIpStatusUsedBySnat = defineError(
  400,
  'InvalidIpStatus.HasBeenUsedBySnatTable',
  () => 'The IP is used by an SNAT entry; unassociate with Force=true.',
);
export const invalidIpStatusUsedByForward = defineError(
  400,
  'InvalidIpStatus.HasBeenUsedByForwardEntry',
  () => 'The IP is used by a DNAT entry; unassociate with Force=true.',
);
