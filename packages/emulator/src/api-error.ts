/** An API error answered in the error envelope (REFERENCE §2.3): real code, HTTP status, message. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly headers: Record<string, string>;

  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

/** Builds an error factory for one code, for codes a resource module defines itself. */
export function defineError<A extends unknown[]>(
  status: number,
  code: string,
  message: (...args: A) => string,
): (...args: A) => ApiError {
  return (...args: A) => new ApiError(status, code, message(...args));
}

/** "The status of %s [%s] is incorrect." — newer VPC message template (REFERENCE §5.7). */
export const statusMessage = (kind: string, id: string): string =>
  `The status of ${kind} [${id}] is incorrect.`;

/** "The specified resource of %s depends on %s…" — newer VPC message template (REFERENCE §5.7). */
export const dependsMessage = (kind: string, on: string): string =>
  `The specified resource of ${kind} depends on ${on}, so the operation cannot be completed.`;

/** A factory of 400 "wrong status" errors, message "The status of <kind> [<id>] is incorrect." */
export const statusError = (code: string, kind: string) =>
  defineError(400, code, (id: string) => statusMessage(kind, id));

/** A factory of 400 dependency errors, message "The specified resource of <kind> depends on <on>…". */
export const dependsError = (code: string, kind: string, on: string) =>
  defineError(400, code, () => dependsMessage(kind, on));

/** A factory of 404 not-found errors, message `The specified <what> "<id>" does not exist.` */
export const notFoundError = (code: string, what: string) =>
  defineError(404, code, (id: string) => `The specified ${what} "${id}" does not exist.`);
