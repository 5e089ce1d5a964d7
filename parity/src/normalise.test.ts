import { describe, expect, it } from 'vitest';
import { Normaliser, shapeOf } from './normalise.ts';

describe('Normaliser', () => {
  it('gives each ID a placeholder of its prefix, stable within a run', () => {
    const n = new Normaliser();
    expect(n.text('NatGatewayId', 'ngw-bp1abcdefgh12345678')).toBe('<ngw-1>');
    expect(n.text('VpcId', 'vpc-bp1zzzzzzzzz9999999')).toBe('<vpc-1>');
    expect(n.text('InstanceId', 'ngw-bp1abcdefgh12345678')).toBe('<ngw-1>');
    expect(n.text('NatGatewayId', 'ngw-uf6abcdefgh12345678')).toBe('<ngw-2>');
    // Region and zone IDs are values, not resource IDs.
    expect(n.text('RegionId', 'cn-hangzhou')).toBe('cn-hangzhou');
    expect(n.text('RegionId', 'eu-central-1')).toBe('eu-central-1');
  });

  it('replaces times, addresses, request IDs and order numbers, keeping the type', () => {
    const n = new Normaliser();
    expect(
      n.value({
        CreationTime: '2026-12-06T03:55:30Z',
        CreateTime: 1765000000000,
        IpAddress: '47.96.1.2',
        SourceCIDR: '192.168.0.0/24',
        RequestId: '6A1C1D0E-0000-4000-8000-000000000000',
        OrderId: 200734231130,
        Name: 'parity-nat',
      }),
    ).toEqual({
      CreationTime: '<time>',
      CreateTime: 0,
      IpAddress: '<ipv4>',
      SourceCIDR: '<ipv4>/24',
      RequestId: '<RequestId>',
      OrderId: 0,
      Name: 'parity-nat',
    });
  });

  it('never keeps a key, a secret, the AccessKey ID or the string to sign', () => {
    const n = new Normaliser(['LTAI5tSecretIdOfTheUser']);
    const params = n.params({
      IkeConfig: JSON.stringify({ Psk: 'hunter2hunter2', IkeVersion: 'ikev2' }),
      ClientKey: 'abc',
      Note: 'key LTAI5tSecretIdOfTheUser leaked',
    });
    expect(JSON.parse(params.IkeConfig ?? '')).toEqual({ Psk: '<redacted>', IkeVersion: 'ikev2' });
    expect(params.ClientKey).toBe('<redacted>');
    expect(params.Note).toBe('key <redacted> leaked');
    const body = n.value({
      PrivateKey: 'x',
      CaCert: '-----BEGIN CERTIFICATE-----\nMII…',
      Message: 'not matched. server string to sign is:POST&%2F&AccessKeyId%3DLTAI',
    });
    expect(body).toEqual({
      PrivateKey: '<redacted>',
      CaCert: '<redacted>',
      Message: 'not matched. server string to sign is: <redacted>',
    });
  });
});

describe('shapeOf', () => {
  it('keeps keys and leaf types only', () => {
    expect(
      shapeOf({ Vpcs: { Vpc: [{ VpcId: 'vpc-1', EnabledIpv6: true }, {}] }, N: null }),
    ).toEqual({
      Vpcs: { Vpc: [{ VpcId: 'string', EnabledIpv6: 'boolean' }] },
      N: 'null',
    });
  });
});
