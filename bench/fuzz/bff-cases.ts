// Malformed requests for the BFF: every route of its OpenAPI document (plus unknown ones), with
// hostile path segments, queries, headers and bodies, as anonymous, auditor or operator users.
import fc from 'fast-check';
import { encodeLoose, hostileSegment, hostileValue } from './hostile-strings.ts';
import type { RawRequest } from './raw-http.ts';

/** Who sends a case: the runner turns this into cookie and CSRF headers. */
export interface BffAuth {
  user: 'none' | 'garbage' | 'auditor' | 'operator';
  csrf: 'valid' | 'missing' | 'wrong';
}

/** One generated BFF request. */
export interface BffCase {
  auth: BffAuth;
  req: RawRequest;
}

/** Known-good IDs (by the collection segment before them), so many cases reach deep code. */
export type GoodIds = Record<string, string>;

const FIELDS = [
  'name',
  'description',
  'vpcId',
  'vSwitchId',
  'natType',
  'networkType',
  'eipBindMode',
  'tags',
  'allocationId',
  'snatIps',
  'sourceCidr',
  'sourceVSwitchId',
  'externalIp',
  'externalPort',
  'internalIp',
  'internalPort',
  'ipProtocol',
  'bandwidth',
  'internetChargeType',
  'username',
  'password',
  'spec',
  'ipAddress',
  'localSubnet',
  'remoteSubnet',
  'customerGatewayId',
  'vpnGatewayId',
  '__proto__',
  'constructor',
];
const QUERY_KEYS = ['page', 'pageSize', 'q', 'status', 'vpcId', 'sort', 'force', 'format', 'from'];

const badJson = fc.constantFrom(
  '{',
  '{"name":}',
  "{'name':'x'}",
  '[1,2',
  'nul',
  '{"a":1,}',
  '\uFEFF{"name":"x"}',
  '{"name":"\\ud800"}',
  '"just a string"',
  '1e99999',
  '['.repeat(3000) + ']'.repeat(3000),
  '{"a":'.repeat(2000) + '1' + '}'.repeat(2000),
);
const body: fc.Arbitrary<string | undefined> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string()), hostileValue, { maxKeys: 6 })
      .map((o) => JSON.stringify(o)),
  },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 2, arbitrary: badJson },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 65_000, max: 300_000 })
      .map((n) => JSON.stringify({ name: 'n'.repeat(n) })),
  },
  { weight: 2, arbitrary: fc.constant(undefined) },
);
const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/json; charset=nope',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/merge-patch+json',
  '',
  '*/*',
);
const headerValue = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 80 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 20_000 }).map((n) => 'h'.repeat(n)) },
  { weight: 2, arbitrary: fc.constantFrom('\u0000', '\u007f', '😀', 'a\tb', '') },
);
const abuse = fc.array(
  fc.tuple(
    fc.constantFrom(
      'Idempotency-Key',
      'X-Request-Id',
      'X-CSRF-Token',
      'Cookie',
      'Accept',
      'Accept-Language',
      'X-Forwarded-For',
      'X-Forwarded-Proto',
      'Origin',
      'Range',
      'If-None-Match',
      'Transfer-Encoding',
      'Expect',
      'X-HTTP-Method-Override',
    ),
    headerValue,
  ),
  { maxLength: 3 },
);
const query = fc
  .array(
    fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.string({ maxLength: 10 })), hostileValue),
    { maxLength: 4 },
  )
  .map((pairs) =>
    pairs.length === 0
      ? ''
      : '?' +
        pairs
          .map(
            ([k, v]) =>
              `${encodeLoose(k)}=${encodeLoose(typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))}`,
          )
          .join('&'),
  );
const brokenQuery = fc.constantFrom(
  '?q=%',
  '?page=%E0%A4%A',
  '?a[b][c]=1&a[b]=2',
  '?' + 'x=1&'.repeat(2000),
  '?q=%00',
  '?__proto__[x]=1',
);

/** Cases for a BFF whose route templates come from its OpenAPI document. */
export function bffCases(
  routes: { method: string; path: string }[],
  good: GoodIds,
): fc.Arbitrary<BffCase> {
  const route = fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...routes) },
    {
      weight: 1,
      arbitrary: fc.record({
        method: fc.constantFrom('get', 'post', 'put', 'patch', 'delete', 'options'),
        path: fc.constantFrom(
          '/api/inventory',
          '/api/inventory/export',
          '/api/x',
          '/api',
          '/api/regions/{regionId}/nope',
          '/assets/{x}',
          '/{x}',
        ),
      }),
    },
  );
  return fc
    .record({
      route,
      method: fc.option(
        fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'PROPFIND'),
        { freq: 8 },
      ),
      query: fc.oneof({ weight: 5, arbitrary: query }, { weight: 1, arbitrary: brokenQuery }),
      body,
      contentType: fc.option(contentType, { freq: 5 }),
      abuse,
      user: fc.constantFrom(
        'operator',
        'operator',
        'operator',
        'operator',
        'operator',
        'operator',
        'auditor',
        'none',
        'garbage',
      ),
      csrf: fc.constantFrom('valid', 'valid', 'valid', 'valid', 'missing', 'wrong'),
      // Per path parameter: a known-good ID (3 in 5) or a hostile segment.
      fill: fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: 4 }).map((n) => n < 3),
          hostileSegment,
        ),
        {
          minLength: 4,
          maxLength: 4,
        },
      ),
    })
    .map((c) => {
      let i = 0;
      const path = c.route.path.replace(/\{[^}]+\}/g, (_m, offset: number) => {
        const before = c.route.path.slice(0, offset).split('/').filter(Boolean).at(-1) ?? '*';
        const [useGood, hostile] = c.fill[i++ % 4] ?? [true, 'x'];
        return useGood ? (good[before] ?? good['*'] ?? 'x') : hostile;
      });
      const headers: [string, string][] = [...c.abuse];
      if (c.contentType !== null && c.body !== undefined)
        headers.push(['Content-Type', c.contentType]);
      return {
        auth: { user: c.user, csrf: c.csrf } as BffAuth,
        req: {
          method: c.method ?? c.route.method.toUpperCase(),
          target: path + c.query,
          headers,
          body: c.body,
        },
      };
    });
}
