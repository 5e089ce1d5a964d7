import { describe, expect, it } from 'vitest';
import { unflatten } from './unflatten.ts';

describe('unflatten', () => {
  it('turns 1-based Name.N.Field params into arrays of objects, in index order', () => {
    expect(
      unflatten({
        RegionId: 'r',
        'Tag.2.Key': 'b',
        'Tag.1.Key': 'a',
        'Tag.1.Value': 'x',
        'ResourceId.10': 'z',
        'ResourceId.2': 'y',
      }),
    ).toEqual({
      RegionId: 'r',
      Tag: [{ Key: 'a', Value: 'x' }, { Key: 'b' }],
      ResourceId: ['y', 'z'],
    });
  });

  it('keeps deeper nesting (TunnelOptionsSpecification.1.TunnelIkeConfig.Psk)', () => {
    expect(unflatten({ 'T.1.Ike.Psk': 's', 'T.1.Ike.Mode': 'main' })).toEqual({
      T: [{ Ike: { Psk: 's', Mode: 'main' } }],
    });
  });

  it('never writes to Object.prototype', () => {
    const out = unflatten({ '__proto__.polluted': 'yes', 'constructor.prototype.polluted': 'yes' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(out).sort()).toEqual(['__proto__', 'constructor']);
  });
});
