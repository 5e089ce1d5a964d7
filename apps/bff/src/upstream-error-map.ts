import { BFF_ERROR_CODES, type FieldError } from '@gc/contracts';
import { VpcApiError, VpcNetworkError, VpcTimeoutError } from '@gc/vpc-client';
import { HttpError, NotFoundError, TooManyRequestsError, UpstreamError } from './errors.ts';
import { NAT_ERRORS, type UpstreamErrorTable } from './upstream-error-tables.ts';

/**
 * Codes that describe a resource state or a clash, not a malformed request: 409 so the UI can
 * offer a retry or Force (REFERENCE §5.3, §5.7; several are misspelled by the real API).
 */
const CONFLICT =
  /^(IncorrectStatus|Incorret|IncorrectEipStatus|IncorrectInstanceStatus|InvalidBindingStatus|DependencyViolation|TaskConflict|OperationConflict|LastTokenProcessing|OperationFailed\.LastTokenProcessing|IdempotentParameterMismatch|InvalidAssociation\.Duplicated|InvalidIpStatus|Forbidden\.SourceVSwitchId\.Duplicated|OperationUnsupported\.CidrConflict|VpcStatusError|VswitchStatusError|SystemBusy|OperationFailed\.(?:InternetBandwidthAlreadyExisted|EgressOnlyRuleAlreadyExisted|Ipv6GatewayNotExist|Ipv6GatewayDisMatchIpv6Address))/;
const NOT_FOUND =
  /(\.NotFound$|^ResourceNotFound\.|NotFound$|^INSTANCE_NOT_EXISTS$|^NATGW_NOT_EXIST$|natgwNotExist)/;
// Our signing or wiring is wrong, not the user's request: a bad gateway whatever the upstream status.
const BACKEND_FAULT =
  /^(InvalidAction\.NotFound|InvalidVersion|InvalidAccessKeyId|SignatureDoesNotMatch|IncompleteSignature|InvalidTimeStamp|SignatureNonceUsed|InvalidSecurityToken|MissingTimestamp|InvalidSignatureMethod)/;
const PARAM_CODE =
  /^(?:InvalidParameter\.([A-Za-z]+)|Missing(?:Parameter\.|Param\.)?([A-Za-z]+)|IllegalParam\.([A-Za-z]+)|Invalid([A-Za-z]+)\.(?:Malformed|MalFormed|ValueNotSupported))/;

// The strict forms a resource table's `fields` are matched with (the VPN API's own codes).
const STRICT_PARAM_CODE =
  /^(?:InvalidParameter\.|Invalid)([A-Za-z]+)\.(?:Malformed|ValueNotSupported)$/;

/** Finds which of our fields an upstream `InvalidParameter.X` / `MissingX` / `InvalidX.Malformed` code names. */
export function fieldForUpstreamCode(code: string): string | undefined {
  const m = PARAM_CODE.exec(code);
  const param = m?.slice(1).find((g) => g !== undefined);
  if (param === undefined) return undefined;
  const fields = NAT_ERRORS.fields;
  return fields[param] ?? fields[param.replace(/^Nat(Gateway)?/, '')];
}

/** The field a resource's own table names for `code`, if any. */
function resourceField(code: string, table: UpstreamErrorTable): string | undefined {
  const byCode = table.codes?.[code];
  if (byCode !== undefined) return byCode;
  const prefix = Object.keys(table.prefixes ?? {}).find((p) => code.startsWith(p));
  if (prefix !== undefined) return table.prefixes?.[prefix];
  const param = STRICT_PARAM_CODE.exec(code)?.[1];
  return param === undefined ? undefined : table.fields[param];
}

/**
 * Applies a resource's table: a busy code is a 409, a refused parameter a 400 on its field.
 * Anything else is returned as it is, for {@link mapUpstreamError} to map later.
 */
export function mapResourceError(err: unknown, table: UpstreamErrorTable): unknown {
  if (!(err instanceof VpcApiError)) return err;
  const { code, message, requestId } = err;
  if (table.busy?.test(code)) return new UpstreamError(409, code, message, { requestId });
  const field = resourceField(code, table);
  if (field === undefined) return err;
  return new UpstreamError(400, code, message, { requestId, fields: [{ path: field, message }] });
}

/** Runs an upstream call, rethrowing its failure through the resource's table. */
export async function upstreamCall<T>(
  table: UpstreamErrorTable,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw mapResourceError(err, table);
  }
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

/** An upstream error already mapped by a resource table, its messages scrubbed. */
function scrubbed(err: UpstreamError, secrets: readonly string[]): UpstreamError {
  const fields = err.extra.fields?.map((f) => ({ ...f, message: scrub(f.message, secrets) }));
  const extra = fields ? { ...err.extra, fields } : err.extra;
  return new UpstreamError(err.status, err.code, scrub(err.message, secrets), extra);
}

/**
 * The one upstream error mapper: maps a vpc-client error to the HTTP error the BFF answers, and
 * scrubs every upstream message (also those a resource table mapped); other errors pass as they are.
 */
export function mapUpstreamError(err: unknown, secrets: readonly string[] = []): unknown {
  if (err instanceof UpstreamError) return scrubbed(err, secrets);
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
