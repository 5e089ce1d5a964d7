// Guards the committed fixture against drift: a sample is re-signed live by the SDKs and must
// equal what vectors.fixture.ts holds (regenerate with scripts/generate-vectors.ts if not).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiCoreRpcSignature, openApiCoreSignV3 } from '../test/openapi-core-oracle.ts';
import { openPopCoreOracle } from '../test/pop-core-oracle.ts';
import { rpcCases } from '../test/vector-cases.ts';
import { v3Cases } from '../test/v3-vector-cases.ts';
import { percentEncode } from './percent-encode.ts';
import { RPC_VECTORS, V3_VECTORS } from './vectors.fixture.ts';

let oracle: Awaited<ReturnType<typeof openPopCoreOracle>>;
beforeAll(async () => {
  oracle = await openPopCoreOracle();
});
afterAll(() => oracle.close());

const cases = rpcCases();
// Every 4th case: enough to catch a changed SDK or generator without slowing the suite.
const sample = cases.map((c, i) => [c.name, c, i] as const).filter(([, , i]) => i % 4 === 0);

describe('fixture vs live @alicloud/pop-core', () => {
  it('the fixture was generated from the current cases', () => {
    expect(RPC_VECTORS.map((v) => v.name)).toEqual(cases.map((c) => c.name));
  });

  it.each(sample)('%s', async (_name, c, i) => {
    const vector = RPC_VECTORS[i];
    const live = await oracle.sign(c);
    expect(live.stringToSign).toBe(vector?.stringToSign);
    expect(live.signature).toBe(vector?.signature);
    expect(live.sentParams).toEqual(vector?.params);
    expect(openApiCoreRpcSignature(live.sentParams, c.method, c.accessKeySecret)).toBe(
      vector?.signature,
    );
  });

  it('pop-core refuses a lone surrogate too (URIError), as our encoder does', async () => {
    const c = { ...(cases[0] as (typeof cases)[0]), params: { Name: 'x\uD800' } };
    await expect(oracle.sign(c)).rejects.toThrow(URIError);
    expect(() => percentEncode('x\uD800')).toThrow(URIError);
  });
});

describe('fixture vs live @alicloud/openapi-core V3', () => {
  const live = v3Cases();
  it('the fixture was generated from the current cases', () => {
    expect(V3_VECTORS.map((v) => v.name)).toEqual(live.map((c) => c.name));
  });

  it.each(live.map((c, i) => [c.name, c, i] as const))('%s', (_name, c, i) => {
    const got = openApiCoreSignV3({
      ...c,
      payloadHash: c.headers['x-acs-content-sha256'] as string,
    });
    expect(got.canonicalRequest).toBe(V3_VECTORS[i]?.canonicalRequest);
    expect(got.authorization).toBe(V3_VECTORS[i]?.authorization);
  });
});
