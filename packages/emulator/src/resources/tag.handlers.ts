import { z } from 'zod';
import {
  invalidResourceIdNotFound,
  missingParameter,
  missingParamTagKey,
  nextTokenMalformed,
  valueNotSupportedParam,
} from '../errors.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import type { BaseRecord, Table } from '../store.ts';
import { applyTags, matchesTags, tagListParam } from '../tags.ts';

// ResourceType is case-insensitive (REFERENCE §3.6: tf sends `VpnGateWay`); kinds come from the
// modules' `tagKinds`, so every registered resource type is taggable.
function resolveType(ctx: ActionContext, raw: string): { type: string; kind: string } {
  const type = raw.toUpperCase();
  const kind = ctx.tagKinds.get(type);
  if (!kind)
    throw valueNotSupportedParam(
      'ResourceType',
      `ResourceType "${raw}" is not supported; use one of ${[...ctx.tagKinds.keys()].join(', ')}.`,
    );
  return { type, kind };
}

function requireAll(table: Table<BaseRecord>, ids: readonly string[]): BaseRecord[] {
  return ids.map((id) => {
    const row = table.get(id);
    if (!row) throw invalidResourceIdNotFound(id);
    return row;
  });
}

const resourceIds = () => v.list(z.string().min(1), 50);

const tagResourcesParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  ResourceType: z.string(),
  ResourceId: resourceIds(),
  Tag: tagListParam(),
});

function tagResources(ctx: ActionContext) {
  const p = parseParams(tagResourcesParams, ctx.params);
  requireRegion(p.RegionId);
  const { kind } = resolveType(ctx, p.ResourceType);
  if (!p.Tag?.length) throw missingParamTagKey();
  const rows = requireAll(ctx.store.table(p.RegionId, kind), p.ResourceId);
  // Validate the quota for every resource before changing any of them.
  for (const row of rows) applyTags(structuredClone(row), p.Tag);
  for (const row of rows) applyTags(row, p.Tag);
  return {};
}

function encodeToken(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function decodeToken(token: string | undefined): number {
  if (token === undefined || token === '') return 0;
  const m = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!m) throw nextTokenMalformed();
  return Number(m[1]);
}

const listTagResourcesParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  ResourceType: z.string(),
  ResourceId: resourceIds().optional(),
  Tag: tagListParam(),
  NextToken: z.string().optional(),
  MaxResults: v.int({ min: 1, max: 50 }).optional(),
});

function listTagResources(ctx: ActionContext) {
  const p = parseParams(listTagResourcesParams, ctx.params);
  requireRegion(p.RegionId);
  const { type, kind } = resolveType(ctx, p.ResourceType);
  // ResourceId.N and/or Tag.N is required (REFERENCE §3.6).
  if (!p.ResourceId?.length && !p.Tag?.length)
    throw missingParameter('ResourceId.N or Tag.N is mandatory for this action.');
  const table = ctx.store.table(p.RegionId, kind);
  const rows = p.ResourceId?.length
    ? p.ResourceId.flatMap((id) => table.get(id) ?? [])
    : table.list();
  const bindings = rows
    .filter((r) => matchesTags(r, p.Tag))
    .flatMap((r) =>
      r.tags
        .filter((t) => !p.Tag?.length || p.Tag.some((f) => f.Key === t.Key))
        .map((t) => ({ ResourceId: r.id, ResourceType: type, TagKey: t.Key, TagValue: t.Value })),
    );
  const offset = decodeToken(p.NextToken);
  const max = p.MaxResults ?? 50;
  const page = bindings.slice(offset, offset + max);
  // An empty NextToken means the last page.
  const next = offset + max < bindings.length ? encodeToken(offset + max) : '';
  return { NextToken: next, TagResources: { TagResource: page } };
}

const unTagResourcesParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  ResourceType: z.string(),
  ResourceId: resourceIds(),
  TagKey: v.list(z.string().min(1), 20).optional(),
  All: v.bool().optional(),
});

function unTagResources(ctx: ActionContext) {
  const p = parseParams(unTagResourcesParams, ctx.params);
  requireRegion(p.RegionId);
  const { kind } = resolveType(ctx, p.ResourceType);
  if (!p.All && !p.TagKey?.length) throw missingParameter('TagKey.N is mandatory unless All=true.');
  const rows = requireAll(ctx.store.table(p.RegionId, kind), p.ResourceId);
  const keys = new Set(p.TagKey ?? []);
  for (const row of rows) row.tags = p.All ? [] : row.tags.filter((t) => !keys.has(t.Key));
  return {};
}

/** Tagging for every registered resource type (REFERENCE §3.6). */
export const tagResource: ResourceModule = {
  name: 'tag',
  handlers: {
    TagResources: tagResources,
    ListTagResources: listTagResources,
    UnTagResources: unTagResources,
  },
};
