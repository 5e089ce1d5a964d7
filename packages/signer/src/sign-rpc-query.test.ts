import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalizedQuery } from './canonical-query.ts';
import { percentEncode, percentEncodeBoth, percentEncodeTwice } from './percent-encode.ts';
import { signRpcQuery } from './sign-rpc-query.ts';
import { signRpcRequest, type SignRpcRequestInput } from './sign-rpc-request.ts';
import { RPC_VECTORS } from './vectors.fixture.ts';

const COMMON = new Set(['Action', 'Version', 'AccessKeyId', 'SecurityToken']);

/** What pop-core sends: the canonicalized query, then `&Signature=` (its RPCClient.request step 3). */
function popCoreWire(signed: Record<string, string>): string {
  const { Signature, ...rest } = signed;
  return `${canonicalizedQuery(rest)}&Signature=${percentEncode(Signature ?? '')}`;
}

describe('percentEncodeBoth', () => {
  it('is percentEncode and percentEncodeTwice in one pass, for any well-formed string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        expect(percentEncodeBoth(s)).toEqual([percentEncode(s), percentEncodeTwice(s)]);
      }),
    );
  });
});

describe('signRpcQuery', () => {
  it.each(RPC_VECTORS.map((v) => [v.name, v] as const))('signs vector %s as pop-core', (_n, v) => {
    const { params } = v;
    const input: SignRpcRequestInput = {
      method: v.method,
      action: params.Action as string,
      version: params.Version as string,
      params: Object.fromEntries(Object.entries(params).filter(([k]) => !COMMON.has(k))),
      credentials: {
        accessKeyId: params.AccessKeyId as string,
        accessKeySecret: v.accessKeySecret,
        ...(params.SecurityToken === undefined ? {} : { securityToken: params.SecurityToken }),
      },
    };
    const signed = signRpcQuery(input);
    expect(signed.signature).toBe(v.signature);
    expect(signed.query).toBe(popCoreWire({ ...params, Signature: v.signature }));
  });

  it('gives the signature and parameters of signRpcRequest for any parameters', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 12 });
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), text, { maxKeys: 14 }),
        fc.constantFrom('GET' as const, 'POST' as const),
        fc.option(fc.string({ minLength: 1, maxLength: 8 }), { nil: undefined }),
        (params, method, securityToken) => {
          const input: SignRpcRequestInput = {
            method,
            action: 'DescribeNatGateways',
            params,
            credentials: { accessKeyId: 'id', accessKeySecret: 'secret', securityToken },
            nonce: 'n-1',
            timestamp: '2026-12-06T04:00:00Z',
          };
          const signed = signRpcQuery(input);
          const reference = signRpcRequest(input);
          expect(signed.signature).toBe(reference.Signature);
          expect(signed.query).toBe(popCoreWire(reference));
        },
      ),
    );
  });

  it('signs a parameter named __proto__ like any other (fast-check found it once)', () => {
    const params = JSON.parse('{"__proto__":"x","Name":"a"}') as Record<string, string>;
    const input: SignRpcRequestInput = {
      method: 'GET',
      action: 'X',
      params,
      credentials: { accessKeyId: 'id', accessKeySecret: 's' },
      nonce: 'n-1',
      timestamp: '2026-12-06T04:00:00Z',
    };
    const reference = signRpcRequest(input);
    expect(Object.hasOwn(reference, '__proto__')).toBe(true);
    expect(signRpcQuery(input).signature).toBe(reference.Signature);
  });

  it('names the parameter that cannot be encoded', () => {
    const input: SignRpcRequestInput = {
      method: 'GET',
      action: 'X',
      params: { Name: 'a\uD800' },
      credentials: { accessKeyId: 'id', accessKeySecret: 's' },
    };
    expect(() => signRpcQuery(input)).toThrow(/parameter "Name": lone surrogate/);
  });
});
