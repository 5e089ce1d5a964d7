import { z } from 'zod';
import { quotaExceededTagNum } from './errors.ts';
import type { BaseRecord, TagRecord } from './store.ts';

/** Tags per resource (REFERENCE §5.4: 20, code unconfirmed — see README). */
export const MAX_TAGS_PER_RESOURCE = 20;

const RESERVED = /^(aliyun|acs:)/i;
const HTTP_PREFIX = /^https?:\/\//i;

function tagText(kind: 'Key' | 'Value', required: boolean) {
  return z.string().superRefine((s, ctx) => {
    const code = `IllegalParam.Tag${kind}`;
    const bad = (message: string) =>
      ctx.addIssue({ code: 'custom', message, params: { apiCode: code } });
    if (required && s.length === 0) bad(`Tag.N.${kind} must not be empty.`);
    else if (s.length > 128) bad(`Tag.N.${kind} must be at most 128 characters.`);
    else if (RESERVED.test(s)) bad(`Tag.N.${kind} must not start with aliyun or acs:.`);
    else if (HTTP_PREFIX.test(s)) bad(`Tag.N.${kind} must not start with http:// or https://.`);
  });
}

/** `Tag.N.Key`/`Tag.N.Value` on a create or a Describe filter (REFERENCE §3.6 rules). */
export const tagListParam = () =>
  z
    .array(z.object({ Key: tagText('Key', true), Value: tagText('Value', false).optional() }))
    .max(MAX_TAGS_PER_RESOURCE)
    .optional();

/** Parsed tag params as handlers receive them. */
export type TagParam = { Key: string; Value?: string | undefined };

/** True when the record carries every filter tag (several pairs are AND-ed; no Value = any value). */
export function matchesTags(record: BaseRecord, filter: readonly TagParam[] | undefined): boolean {
  if (!filter || filter.length === 0) return true;
  return filter.every((f) =>
    record.tags.some((t) => t.Key === f.Key && (f.Value === undefined || t.Value === f.Value)),
  );
}

/** Adds or overwrites tags on a record, refusing more than 20 distinct keys. */
export function applyTags(record: BaseRecord, tags: readonly TagParam[] | undefined): void {
  if (!tags) return;
  const next = [...record.tags];
  for (const t of tags) {
    const existing = next.find((x) => x.Key === t.Key);
    if (existing) existing.Value = t.Value ?? '';
    else next.push({ Key: t.Key, Value: t.Value ?? '' });
  }
  if (next.length > MAX_TAGS_PER_RESOURCE) {
    throw quotaExceededTagNum(MAX_TAGS_PER_RESOURCE);
  }
  record.tags = next;
}

/** Tags in the usual `Tags.Tag[]` shape with `Key`/`Value`. */
export function renderTags(tags: readonly TagRecord[]): { Tag: TagRecord[] } {
  return { Tag: tags.map((t) => ({ Key: t.Key, Value: t.Value })) };
}

/** NAT gateways name their tag fields `TagKey`/`TagValue` (REFERENCE §2.1 irregular wrappers). */
export function renderNatTags(tags: readonly TagRecord[]): {
  Tag: { TagKey: string; TagValue: string }[];
} {
  return { Tag: tags.map((t) => ({ TagKey: t.Key, TagValue: t.Value })) };
}

/** Seed data writes tags as a `{ key: value }` map; the store keeps the API's Key/Value list. */
export const tagRecords = (t: Record<string, string> | undefined): TagRecord[] =>
  Object.entries(t ?? {}).map(([Key, Value]) => ({ Key, Value }));
