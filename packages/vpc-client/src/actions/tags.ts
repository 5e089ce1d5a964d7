import { list, obj, response } from '../schema.ts';
import type { Infer } from '../schema.ts';
import { defineAction, requestIdOnly } from './define-action.ts';
import type { TagInput } from './define-action.ts';

/** TagResources request (REFERENCE §3.6); ResourceType is case-insensitive, e.g. `NATGATEWAY`. */
export interface TagResourcesRequest {
  RegionId: string;
  ResourceType: string;
  /** Up to 50. */
  ResourceId: string[];
  /** Up to 20; Value may be empty. */
  Tag: TagInput[];
}

/** ListTagResources request: needs ResourceId and/or Tag; paged by NextToken. */
export interface ListTagResourcesRequest {
  RegionId: string;
  ResourceType: string;
  ResourceId?: string[];
  Tag?: TagInput[];
  NextToken?: string;
  /** 1–50, default 50. */
  MaxResults?: number;
}

/** UnTagResources request: remove by key, or every tag with `All`. */
export interface UnTagResourcesRequest {
  RegionId: string;
  ResourceType: string;
  ResourceId: string[];
  TagKey?: string[];
  All?: boolean;
}

// `TagResources.TagResource[]` with TagKey/TagValue naming (REFERENCE §2.1).
const tagResource = obj({
  ResourceId: 'string!',
  ResourceType: 'string',
  TagKey: 'string',
  TagValue: 'string',
});

/** One tag binding of ListTagResources. */
export type TagResource = Infer<typeof tagResource>;

/** Tag actions (REFERENCE §3.6). */
export const tagActions = {
  TagResources: defineAction<TagResourcesRequest>()(requestIdOnly),
  ListTagResources: defineAction<ListTagResourcesRequest>({ read: true })(
    // NextToken is empty or absent on the last page.
    response({ NextToken: 'string', TagResources: list('TagResource', tagResource) }),
  ),
  UnTagResources: defineAction<UnTagResourcesRequest>()(requestIdOnly),
};

type Actions = typeof tagActions;
/** TagResources response. */
export type TagResourcesResponse = Infer<Actions['TagResources']['response']>;
/** ListTagResources response. */
export type ListTagResourcesResponse = Infer<Actions['ListTagResources']['response']>;
/** UnTagResources response. */
export type UnTagResourcesResponse = Infer<Actions['UnTagResources']['response']>;
