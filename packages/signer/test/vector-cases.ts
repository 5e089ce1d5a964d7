// Inputs for the SDK vectors: hand-picked traps first, then seeded random cases (reproducible).
import type { PopCoreCase } from './pop-core-oracle.ts';

/** A named pop-core case. */
export type NamedRpcCase = PopCoreCase & { name: string };

/** Small seeded PRNG (mulberry32) so regenerating gives the same cases. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Characters values are drawn from: every printable ASCII plus UTF-8 length boundaries. */
export const VALUE_CHARS = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)),
  ..."*~+/=&%!'()  ",
  ...['中', '文', '网', '关', '😀', '🚀', '👍🏽', '\uFF5E', 'é', 'e\u0301', 'ß'],
  ...['\u0080', '\u07FF', '\u0800', '\uFFFF', '\u{10000}', '\u{10FFFF}', '\t', '\n', '\0'],
];

/** Names: real API ones, list params, and ones that sort differently by case or code unit. */
export const NAMES = [
  'RegionId',
  'VpcId',
  'NatGatewayId',
  'PageNumber',
  'PageSize',
  'ClientToken',
  'Description',
  'Name',
  'DryRun',
  'ResourceGroupId',
  'Spec',
  'SourceCIDR',
  'SnatIp',
  'ExternalIp',
  'IpProtocol',
  'Tag.1.Key',
  'Tag.1.Value',
  'Tag.2.Key',
  'Tag.10.Key',
  'EntryId.1',
  'EntryId.2',
  'EntryId.10',
  'a',
  'A',
  'b',
  'B',
  'aB',
  'Ab',
  'ab',
  'Z',
  '_x',
  '~x',
  'x.y',
  'x/y',
  'x y',
  '1',
  '10',
  '2',
  'é',
  'E',
  'e',
  '名称',
  '\uFF5E',
  '\u{1F600}',
  '\uFFFF',
  '\u{10000}',
  'a.',
  'a/',
  'a-',
  'a_',
];

const BASE = {
  action: 'DescribeNatGateways',
  version: '2016-04-28',
  accessKeyId: 'LTAI5tVectorKeyId',
  accessKeySecret: 'VectorSecret2026',
};

function common(i: number, format = 'XML'): Record<string, string> {
  const minute = String(i % 60).padStart(2, '0');
  return {
    Format: format,
    Timestamp: `2026-11-22T08:${minute}:00Z`,
    SignatureNonce: `nonce-${String(i).padStart(4, '0')}`,
  };
}

function handPicked(): NamedRpcCase[] {
  const v = (name: string, params: Record<string, string>, extra: Partial<PopCoreCase> = {}) =>
    [name, params, extra] as const;
  const rows = [
    v('each special char', { Description: "*~+/=&%!'()" }),
    v('chinese', { Name: '中文网关', Description: '杭州地域的 NAT 网关' }),
    v('emoji', { Description: '😀🚀👍🏽' }),
    v('space and empty', { Name: 'a b  c', Description: '' }),
    v('only empty values', { A: '', B: '', C: '' }),
    v('space in name', { 'x y': '1', 'x+y': '2', 'x%20y': '3' }),
    v('list params', {
      'Tag.1.Key': 'env',
      'Tag.1.Value': 'prod',
      'Tag.2.Key': 'team',
      'Tag.10.Key': 'x',
    }),
    v('entry ids', { 'EntryId.1': 'a', 'EntryId.2': 'b', 'EntryId.10': 'c', 'EntryId.9': 'd' }),
    v('case sort a vs B', { a: '1', B: '2', A: '3', b: '4' }),
    v('utf16 vs code point sort', { '\uFF5E': 'fullwidth tilde', '\u{1F600}': 'emoji' }),
    v('utf16 vs code point sort 2', { '\uFFFF': 'x', '\u{10000}': 'y', '\uE000': 'z' }),
    v('raw vs encoded name sort', { 'a.': '1', 'a/': '2', 'a-': '3', 'a~': '4', 'a!': '5' }),
    v('percent literal', { Description: '100%', Name: '%41%2A' }),
    v('utf8 boundaries', { D: '\u0080\u07FF\u0800\uFFFF\u{10000}\u{10FFFF}' }),
    v('control chars', { D: 'line1\nline2\ttab\0nul\r' }),
    v('combining vs precomposed', { N1: 'e\u0301', N2: 'é' }),
    v('json shrink param', { AccessMode: '{"ModeValue":"route","TunnelType":"geneve"}' }),
    v('cidr and ips', { SourceCIDR: '192.168.0.0/24', SnatIp: '47.1.1.1,47.1.1.2' }),
    v('base64-like value', { Token: 'ab+/cd==' }),
    v('unreserved only', { Name: 'AZaz09-_.~' }),
    v('override format json', { Format: 'JSON' }),
    v('security token', { RegionId: 'cn-hangzhou' }, { securityToken: 'CAIS+token/with=chars' }),
    v('security token unicode', { RegionId: 'cn-hangzhou' }, { securityToken: 'tök€n' }),
    v('secret with unicode', { RegionId: 'cn-hangzhou' }, { accessKeySecret: '秘密&key' }),
    v('secret with ampersand', { RegionId: 'cn-hangzhou' }, { accessKeySecret: 'a&b' }),
    v(
      'other version',
      { RegionId: 'cn-hangzhou' },
      { version: '2014-05-26', action: 'DescribeRegions' },
    ),
    v('long value', { Description: 'x'.repeat(1024) + '中'.repeat(64) }),
    v(
      'real create nat',
      {
        RegionId: 'cn-hangzhou',
        VpcId: 'vpc-bp1a',
        VSwitchId: 'vsw-bp1b',
        NatType: 'Enhanced',
        Name: 'gw 1',
        Description: 'créé par la console',
        ClientToken: '123e4567-e89b-12d3',
        'Tag.1.Key': 'env',
        'Tag.1.Value': 'prod',
        InternetChargeType: 'PayByLcu',
      },
      { action: 'CreateNatGateway' },
    ),
  ];
  const cases: NamedRpcCase[] = [];
  rows.forEach(([name, params, extra], i) => {
    for (const method of ['GET', 'POST'] as const) {
      cases.push({
        ...BASE,
        name: `${name} (${method})`,
        method,
        params: { ...common(i), ...params },
        ...extra,
      });
    }
  });
  return cases;
}

/** A random string of up to maxLen characters from VALUE_CHARS. */
export function randomText(rand: () => number, maxLen: number): string {
  const len = Math.floor(rand() * (maxLen + 1));
  let s = '';
  for (let i = 0; i < len; i++) s += VALUE_CHARS[Math.floor(rand() * VALUE_CHARS.length)];
  return s;
}

function randomCases(count: number, seed: number): NamedRpcCase[] {
  const rand = prng(seed);
  const cases: NamedRpcCase[] = [];
  for (let i = 0; i < count; i++) {
    const params: Record<string, string> = common(100 + i, rand() < 0.5 ? 'XML' : 'JSON');
    const n = 1 + Math.floor(rand() * 8);
    for (let k = 0; k < n; k++) {
      const name =
        rand() < 0.85
          ? (NAMES[Math.floor(rand() * NAMES.length)] as string)
          : randomText(rand, 6) || 'N';
      params[name] = rand() < 0.1 ? '' : randomText(rand, 24);
    }
    const c: NamedRpcCase = {
      ...BASE,
      name: `random #${i}`,
      method: rand() < 0.5 ? 'GET' : 'POST',
      params,
      accessKeySecret: rand() < 0.2 ? randomText(rand, 16) || 's' : BASE.accessKeySecret,
    };
    if (rand() < 0.25) c.securityToken = 'STS.' + randomText(rand, 12);
    cases.push(c);
  }
  return cases;
}

/** Every RPC case: hand-picked (GET and POST each) then 200 random ones. */
export function rpcCases(): NamedRpcCase[] {
  return [...handPicked(), ...randomCases(200, 20261122)];
}
