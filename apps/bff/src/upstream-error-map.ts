import { BFF_ERROR_CODES, type FieldError } from '@gc/contracts';
import { VpcApiError, VpcNetworkError, VpcTimeoutError } from '@gc/vpc-client';
import { HttpError, NotFoundError, TooManyRequestsError, UpstreamError } from './errors.ts';

/** Upstream parameter names → our camelCase field names (for `fields` on a 400). */
const FIELD_BY_PARAM: Record<string, string> = {
  Name: 'name',
  NatGatewayName: 'name',
  Description: 'description',
  NatGatewayDescription: 'description',
  VpcId: 'vpcId',
  VSwitchId: 'vSwitchId',
  VswitchId: 'vSwitchId',
  NatType: 'natType',
  NetworkType: 'networkType',
  EipBindMode: 'eipBindMode',
  InternetChargeType: 'internetChargeType',
  InstanceChargeType: 'instanceChargeType',
  SnatIp: 'snatIps',
  SourceCIDR: 'sourceCidr',
  SourceCidr: 'sourceCidr',
  SourceVSwitchId: 'sourceVSwitchId',
  SnatEntryName: 'name',
  ForwardEntryName: 'name',
  ExternalIp: 'externalIp',
  ExternalPort: 'externalPort',
  InternalIp: 'internalIp',
  InternalPort: 'internalPort',
  IpProtocol: 'ipProtocol',
  Protocal: 'ipProtocol',
  Bandwidth: 'bandwidth',
  AllocationId: 'allocationId',
  TagKey: 'tags',
  TagValue: 'tags',
  Tag: 'tags',
};

/**
 * Codes that describe a resource state or a clash, not a malformed request: 409 so the UI can
 * offer a retry or Force (REFERENCE §5.3, §5.7; several are misspelled by the real API).
 */
const CONFLICT =
  /^(IncorrectStatus|Incorret|IncorrectEipStatus|IncorrectInstanceStatus|InvalidBindingStatus|DependencyViolation|TaskConflict|OperationConflict|LastTokenProcessing|OperationFailed\.LastTokenProcessing|IdempotentParameterMismatch|InvalidAssociation\.Duplicated|InvalidIpStatus|Forbidden\.SourceVSwitchId\.Duplicated|OperationUnsupported\.CidrConflict|VpcStatusError|VswitchStatusError|SystemBusy)/;
const NOT_FOUND = /(\.NotFound$|NotFound$|^INSTANCE_NOT_EXISTS$|^NATGW_NOT_EXIST$|natgwNotExist)/;
// Our signing or wiring is wrong, not the user's request: a bad gateway whatever the upstream status.
const BACKEND_FAULT =
  /^(InvalidAction\.NotFound|InvalidVersion|InvalidAccessKeyId|SignatureDoesNotMatch|IncompleteSignature|InvalidTimeStamp|SignatureNonceUsed|InvalidSecurityToken|MissingTimestamp|InvalidSignatureMethod)/;
const PARAM_CODE =
  /^(?:InvalidParameter\.([A-Za-z]+)|Missing(?:Parameter\.|Param\.)?([A-Za-z]+)|IllegalParam\.([A-Za-z]+)|Invalid([A-Za-z]+)\.(?:Malformed|MalFormed|ValueNotSupported))/;

/** Finds which of our fields an upstream `InvalidParameter.X` / `MissingX` / `InvalidX.Malformed` code names. */
export function fieldForUpstreamCode(code: string): string | undefined {
  const m = PARAM_CODE.exec(code);
  const param = m?.slice(1).find((g) => g !== undefined);
  if (param === undefined) return undefined;
  return FIELD_BY_PARAM[param] ?? FIELD_BY_PARAM[param.replace(/^Nat(Gateway)?/, '')];
}

/** Removes any configured secret from an upstream message before it leaves the BFF. */
function scrub(message: string, secrets: readonly string[]): string {
  let out = message;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('***');
  // Upstream messages may quote a string-to-sign; never pass it (or anything XML-like) on.
  if (/<\?xml|<\/?[A-Z][A-Za-z]*>/.test(out) || /StringToSign/i.test(out)) {
    return 'The VPC API refused the request.';
  }
  return out;
}

/** Maps a vpc-client error to the HTTP error the BFF answers; other errors are returned as they are. */
export function mapUpstreamError(err: unknown, secrets: readonly string[] = []): unknown {
  if (err instanceof VpcTimeoutError) {
    return new UpstreamError(
      504,
      BFF_ERROR_CODES.upstreamTimeout,
      'The VPC API did not answer in time.',
    );
  }
  if (err instanceof VpcNetworkError) {
    return new UpstreamError(
      502,
      BFF_ERROR_CODES.upstreamUnavailable,
      'The VPC API cannot be reached.',
    );
  }
  if (!(err instanceof VpcApiError)) return err;
  const { code, requestId } = err;
  const message = scrub(err.message, secrets);
  if (code.includes('Throttling')) {
    // Throttling is classified by Code, never by status (REFERENCE §5.2).
    return new TooManyRequestsError(message, err.retryAfterSeconds ?? 1, code, requestId);
  }
  if (BACKEND_FAULT.test(code)) {
    return new UpstreamError(502, code, 'The console backend could not use the VPC API.', {
      requestId,
    });
  }
  if (NOT_FOUND.test(code)) return new NotFoundError(message, code, requestId);
  if (err.httpStatus >= 500 || err.httpStatus === 0) {
    return new UpstreamError(502, code, message, { requestId });
  }
  if (err.httpStatus === 403 || /^(Forbbiden|Forbidden|NoPermission)$/.test(code)) {
    return new UpstreamError(403, code, message, { requestId });
  }
  if (CONFLICT.test(code) || err.httpStatus === 409) {
    return new UpstreamError(409, code, message, { requestId });
  }
  const field = fieldForUpstreamCode(code);
  const fields: FieldError[] | undefined = field ? [{ path: field, message }] : undefined;
  return new UpstreamError(400, code, message, { requestId, fields });
}

/** True for errors the BFF produced on purpose (safe to show). */
export function isHttpError(err: unknown): err is HttpError {
  return err instanceof HttpError;
}
