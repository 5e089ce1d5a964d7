import { describe, expect, it } from 'vitest';
import {
  natGatewayEipParamsSchema,
  natGatewayParamsSchema,
  replaceTagsSchema,
  snatEntryParamsSchema,
  unbindEipQuerySchema,
} from './route-params.ts';

describe('route params', () => {
  it('checks the region and every ID prefix', () => {
    expect(
      natGatewayParamsSchema.safeParse({ regionId: 'cn-hangzhou', id: 'ngw-abc1' }).success,
    ).toBe(true);
    const bad = natGatewayParamsSchema.safeParse({ regionId: 'CN_HZ', id: 'vpc-abc' });
    expect(bad.error?.issues.map((i) => i.path[0])).toEqual(['regionId', 'id']);
    expect(
      snatEntryParamsSchema.safeParse({ regionId: 'cn-hangzhou', id: 'ngw-a', entryId: 'fwd-a' })
        .success,
    ).toBe(false);
    expect(
      natGatewayEipParamsSchema.safeParse({
        regionId: 'ap-southeast-1',
        id: 'ngw-a',
        allocationId: 'eip-a',
      }).success,
    ).toBe(true);
  });

  it('reads force=true only', () => {
    expect(unbindEipQuerySchema.parse({ force: 'true' })).toEqual({ force: true });
    expect(unbindEipQuerySchema.parse({})).toEqual({ force: false });
    expect(unbindEipQuerySchema.safeParse({ force: 'yes' }).success).toBe(false);
  });
});

describe('replaceTagsSchema', () => {
  it('accepts up to 20 unique tags, defaulting empty values', () => {
    expect(replaceTagsSchema.parse({ tags: [{ key: 'env' }] })).toEqual({
      tags: [{ key: 'env', value: '' }],
    });
    expect(replaceTagsSchema.parse({ tags: [] })).toEqual({ tags: [] });
  });
  it('names the duplicate key and refuses more than 20 tags', () => {
    const dup = replaceTagsSchema.safeParse({ tags: [{ key: 'a' }, { key: 'b' }, { key: 'a' }] });
    expect(dup.error?.issues[0]?.path).toEqual(['tags', 2, 'key']);
    const many = Array.from({ length: 21 }, (_, i) => ({ key: `k${i}` }));
    expect(replaceTagsSchema.safeParse({ tags: many }).success).toBe(false);
  });
});
