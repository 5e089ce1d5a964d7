import { describe, expect, it } from 'vitest';
import { allocateEipSchema } from './eip.ts';

describe('allocateEipSchema', () => {
  it('caps pay-by-traffic bandwidth at 200 Mbit/s on the bandwidth field', () => {
    const r = allocateEipSchema.safeParse({ bandwidth: 300, internetChargeType: 'PayByTraffic' });
    expect(r.error?.issues[0]?.path).toEqual(['bandwidth']);
    expect(
      allocateEipSchema.safeParse({ bandwidth: 300, internetChargeType: 'PayByBandwidth' }).success,
    ).toBe(true);
    expect(allocateEipSchema.parse({})).toMatchObject({
      bandwidth: 5,
      internetChargeType: 'PayByTraffic',
    });
  });
});
