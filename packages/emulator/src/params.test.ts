import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import type { ApiError } from './api-error.ts';
import { isCidr, isIpv4, paramsSchema, parseParams, v } from './params.ts';

const schema = paramsSchema({
  RegionId: z.string(),
  Name: v.name({ code: 'InvalidParameter.Name.Malformed' }).optional(),
  Size: v.int({ min: 1, max: 50 }).optional(),
  Mode: v.oneOf(['A', 'B'] as const, { ci: true }).optional(),
  On: v.bool().optional(),
  Tag: z.array(z.object({ Key: z.string() })).optional(),
});

function codeOf(raw: Record<string, string>): string {
  try {
    parseParams(schema, raw);
  } catch (error) {
    return (error as ApiError).code;
  }
  return 'OK';
}

describe('parseParams', () => {
  it('converts wire strings to typed values', () => {
    expect(
      parseParams(schema, { RegionId: 'r', Size: '7', Mode: 'b', On: 'TRUE', Name: '网关-1' }),
    ).toEqual({
      RegionId: 'r',
      Size: 7,
      Mode: 'B',
      On: true,
      Name: '网关-1',
    });
  });

  it('names the field in the error code', () => {
    expect(codeOf({})).toBe('MissingRegionId');
    expect(codeOf({ RegionId: 'r', Size: '51' })).toBe('InvalidParameter.Size.Malformed');
    expect(codeOf({ RegionId: 'r', Size: 'ten' })).toBe('InvalidParameter.Size.Malformed');
    expect(codeOf({ RegionId: 'r', Mode: 'C' })).toBe('InvalidParameter.Mode.ValueNotSupported');
    expect(codeOf({ RegionId: 'r', On: 'yes' })).toBe('InvalidParameter.On.Malformed');
    expect(codeOf({ RegionId: 'r', Name: '9lives' })).toBe('InvalidParameter.Name.Malformed');
    expect(codeOf({ RegionId: 'r', 'Tag.1.Value': 'v' })).toBe('MissingParameter');
  });

  it('recognises IPv4 addresses and CIDR blocks', () => {
    expect([isIpv4('10.0.0.1'), isIpv4('10.0.0.256'), isIpv4('01.2.3.4.5')]).toEqual([
      true,
      false,
      false,
    ]);
    expect([isCidr('10.0.0.0/8'), isCidr('10.0.0.0/33'), isCidr('10.0.0.0')]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
