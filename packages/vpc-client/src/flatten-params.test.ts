import { describe, expect, it } from 'vitest';
import { flattenParams } from './flatten-params.ts';

describe('flattenParams', () => {
  it('serialises scalars, skips undefined and keeps empty strings', () => {
    expect(
      flattenParams({
        RegionId: 'cn-hangzhou',
        PageSize: 50,
        Force: true,
        DryRun: false,
        X: undefined,
        E: '',
      }),
    ).toEqual({ RegionId: 'cn-hangzhou', PageSize: '50', Force: 'true', DryRun: 'false', E: '' });
  });

  it('flattens lists of scalars and objects 1-based', () => {
    expect(
      flattenParams({
        ResourceId: ['ngw-1', 'ngw-2'],
        Tag: [{ Key: 'a', Value: '1' }, { Key: 'b' }],
      }),
    ).toEqual({
      'ResourceId.1': 'ngw-1',
      'ResourceId.2': 'ngw-2',
      'Tag.1.Key': 'a',
      'Tag.1.Value': '1',
      'Tag.2.Key': 'b',
    });
  });

  it('flattens nested objects inside lists with dots', () => {
    expect(
      flattenParams({
        TunnelOptionsSpecification: [
          { Role: 'master', TunnelIkeConfig: { Psk: 'x', IkeLifetime: 86400 } },
        ],
      }),
    ).toEqual({
      'TunnelOptionsSpecification.1.Role': 'master',
      'TunnelOptionsSpecification.1.TunnelIkeConfig.Psk': 'x',
      'TunnelOptionsSpecification.1.TunnelIkeConfig.IkeLifetime': '86400',
    });
  });

  it('sends a top-level object as one JSON string (shrink parameter)', () => {
    expect(flattenParams({ AccessMode: { ModeValue: 'route', TunnelType: 'geneve' } })).toEqual({
      AccessMode: '{"ModeValue":"route","TunnelType":"geneve"}',
    });
  });

  it('names the parameter holding an unsupported value', () => {
    expect(() => flattenParams({ Bad: [() => 1] })).toThrow('Parameter Bad.1');
  });

  it('flattens an object named as un-indexed as Name.Field (ModifyTunnelAttribute)', () => {
    const input = {
      TunnelOptionsSpecification: { EnableDpd: false, TunnelIkeConfig: { Psk: 'k' } },
    };
    expect(flattenParams(input, ['TunnelOptionsSpecification'])).toEqual({
      'TunnelOptionsSpecification.EnableDpd': 'false',
      'TunnelOptionsSpecification.TunnelIkeConfig.Psk': 'k',
    });
    expect(flattenParams(input).TunnelOptionsSpecification).toMatch(/^\{/);
  });
});
