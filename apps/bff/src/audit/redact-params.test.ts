import { describe, expect, it } from 'vitest';
import { isSecretKey, REDACTED, redactParams } from './redact-params.ts';

describe('redactParams', () => {
  it('removes passwords, pre-shared keys, BGP auth keys and tokens, keeping the ClientToken', () => {
    const out = redactParams({
      username: 'operator',
      password: 'hunter2',
      Psk: 'p1',
      preSharedKey: 'p2',
      AuthKey: 'bgp-key',
      SecurityToken: 'sts',
      csrfToken: 'csrf',
      AccessKeySecret: 'sk',
      Signature: 'sig',
      clientToken: 'ct-1',
      ClientToken: 'ct-2',
      name: 'gw',
    });
    expect(out).toEqual({
      username: 'operator',
      password: REDACTED,
      Psk: REDACTED,
      preSharedKey: REDACTED,
      AuthKey: REDACTED,
      SecurityToken: REDACTED,
      csrfToken: REDACTED,
      AccessKeySecret: REDACTED,
      Signature: REDACTED,
      clientToken: 'ct-1',
      ClientToken: 'ct-2',
      name: 'gw',
    });
  });

  it('redacts nested objects, arrays and flattened keys', () => {
    const out = redactParams({
      ikeConfig: { psk: 'x', ikeVersion: 'ikev2' },
      tunnels: [{ TunnelIkeConfig: { Psk: 'y', LocalId: 'a' } }],
      'TunnelOptionsSpecification.1.TunnelIkeConfig.Psk': 'z',
      'Password.1': 'w',
    });
    expect(out).toEqual({
      ikeConfig: { psk: REDACTED, ikeVersion: 'ikev2' },
      tunnels: [{ TunnelIkeConfig: { Psk: REDACTED, LocalId: 'a' } }],
      'TunnelOptionsSpecification.1.TunnelIkeConfig.Psk': REDACTED,
      'Password.1': REDACTED,
    });
  });

  it('redacts a Psk inside a JSON-encoded IkeConfig string (REFERENCE §3.4 CreateVpnConnection)', () => {
    const out = redactParams({ IkeConfig: '{"Psk":"s3cr3t","IkeVersion":"ikev2"}' });
    expect(JSON.parse(out.IkeConfig as string)).toEqual({ Psk: REDACTED, IkeVersion: 'ikev2' });
    expect(JSON.stringify(out)).not.toContain('s3cr3t');
  });

  it('leaves other strings, numbers and malformed JSON alone, and never mutates its input', () => {
    const input = { description: '{not json', bandwidth: 5, on: true, none: null };
    const copy = structuredClone(input);
    expect(redactParams(input)).toEqual(input);
    expect(input).toEqual(copy);
  });

  it('is idempotent and survives cycles', () => {
    const cyclic: Record<string, unknown> = { password: 'p' };
    cyclic.self = cyclic;
    const once = redactParams(cyclic);
    expect(once).toEqual({ password: REDACTED, self: '[Circular]' });
    expect(redactParams(once)).toEqual(once);
  });

  it('judges keys by name, case-insensitively', () => {
    expect(isSecretKey('PSK')).toBe(true);
    expect(isSecretKey('vpnBgpConfig.AuthKey')).toBe(true);
    expect(isSecretKey('client_token')).toBe(false);
    expect(isSecretKey('natGatewayId')).toBe(false);
    expect(isSecretKey('description')).toBe(false);
  });
});
