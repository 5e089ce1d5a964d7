import { NotFoundError } from '../../errors.ts';

/** What names a missing resource: its kind as the user reads it, and the API's not-found code. */
export interface MissingResource {
  kind: string;
  id: string;
  regionId: string;
  code: string;
  requestId?: string;
}

/** The one 404 of a resource that is not there: `NAT gateway ngw-1 does not exist in cn-x.` */
export function notFound(m: MissingResource): NotFoundError {
  return new NotFoundError(
    `${m.kind} ${m.id} does not exist in ${m.regionId}.`,
    m.code,
    m.requestId,
  );
}

/** Returns `found`, or throws the resource's 404 when the API answered without it. */
export function foundOr404<T>(found: T | undefined | null, missing: MissingResource): T {
  if (found === undefined || found === null) throw notFound(missing);
  return found;
}
