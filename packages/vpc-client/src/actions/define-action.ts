import { list, obj, response } from '../schema.ts';
import type { Infer, ObjectSchema } from '../schema.ts';

/**
 * Where some parameters of an action go on the wire (REFERENCE-2 §0.1): `body` ones in the form
 * body even when the rest is in the query (V3 signing), `unindexed` objects flattened as
 * `Name.Field` instead of being sent as one JSON string.
 */
export interface ParamPlacement {
  readonly body?: readonly string[];
  readonly unindexed?: readonly string[];
}

/** One API action: its response schema and (type-only) request shape. */
export interface ActionDef<Req, S extends ObjectSchema> {
  readonly response: S;
  /** Declared per action: a read is cached by the BFF and always safe to repeat. */
  readonly read: boolean;
  /** The one HTTP method the SDK uses for this action, when it is not the client's (REFERENCE-2 §0.1). */
  readonly method?: 'GET';
  /** Parameters with a placement of their own; absent for almost every action. */
  readonly placement?: ParamPlacement;
  /** Never set at run time: carries the request type for `VpcClient`'s typed methods. */
  readonly request?: Req;
}

/** Declares an action with request type `Req`: `defineAction<Req>({ read: true })(schema)`. */
export function defineAction<Req>(
  kind: { read?: boolean; method?: 'GET'; placement?: ParamPlacement } = {},
) {
  return <S extends ObjectSchema>(responseSchema: S): ActionDef<Req, S> => ({
    response: responseSchema,
    read: kind.read ?? false,
    ...(kind.method ? { method: kind.method } : {}),
    ...(kind.placement ? { placement: kind.placement } : {}),
  });
}

/** The response type of an action definition. */
export type ResponseOf<D> = D extends ActionDef<unknown, infer S> ? Infer<S> : never;

/** A user tag in a request (`Tag.N.Key` / `Tag.N.Value`). */
export interface TagInput {
  Key: string;
  Value?: string;
}

/** `Tags.Tag[]` with `Key`/`Value`: the user tags of every resource except NAT gateways. */
export const tagList = list('Tag', obj({ Key: 'string', Value: 'string' }));

/** A body with only `RequestId` (Delete*, Modify*, Associate* …). */
export const requestIdOnly = response({});

/** Request fields of PageNumber/PageSize paging (REFERENCE §2.2). */
export interface PageRequest {
  PageNumber?: number;
  /** At most 50 (100 for DescribeEipAddresses). */
  PageSize?: number;
}

/** Response fields of PageNumber/PageSize paging. */
export const pageFields = { TotalCount: 'int!', PageNumber: 'int!', PageSize: 'int!' } as const;

/** Idempotency token of mutating actions (≤64 ASCII, case-sensitive; REFERENCE §5.3). */
export interface ClientTokenRequest {
  ClientToken?: string;
}
