import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  descriptionSchema,
  pageQuerySchema,
  regionIdSchema,
  resourceNameSchema,
  tagSchema,
} from './common.ts';
import { createCustomerGatewaySchema } from './customer-gateway.ts';
import { allocateEipSchema } from './eip.ts';
import { allocateIpv6BandwidthSchema, changeIpv6BandwidthSchema } from './ipv6-address.ts';
import { createVpnConnectionSchema } from './vpn-connection.ts';
import { vpnNameSchema } from './vpn-gateway.ts';
import { intFromText } from './strict-input.ts';
import { issueKey } from './validation-messages.ts';

/** Every issue of a failed parse as `path: key`, e.g. `['tags.0.value: hiddenChars']`. */
const keysOf = (schema: z.ZodType, input: unknown): string[] =>
  (schema.safeParse(input).error?.issues ?? []).map(
    (issue) => `${issue.path.join('.')}: ${issueKey(issue).key}`,
  );

describe('regionIdSchema', () => {
  // REFERENCE §6.2 and the regions the emulator seeds, plus the longest shapes the pattern allows.
  const good = [
    'cn-hangzhou',
    'cn-shanghai',
    'cn-hongkong',
    'cn-wuhan-lr',
    'cn-shanghai-finance-1',
    'ap-southeast-1',
    'ap-northeast-2',
    'me-east-1',
    'me-central-1',
    'eu-central-1',
    'eu-west-1',
    'us-west-1',
    'us-east-1',
    'na-south-1',
    `cn-${'a'.repeat(61)}`,
  ];
  const bad = [
    '',
    'cn',
    'cn-',
    'CN-HANGZHOU',
    'cn_hangzhou',
    'cn hangzhou',
    'cn-hangzhou ',
    'cn-hangzhou\u0000',
    'cn-hangzhou\n',
    'rus-west-1',
    'cn-hangzhou-a-b-c',
    '../etc/passwd',
    `cn-${'a'.repeat(62)}`,
    `cn-${'a'.repeat(9 * 1024)}`,
  ];
  it.each(good)('accepts %s', (id) => expect(regionIdSchema.parse(id)).toBe(id));
  it.each(bad.map((id) => [id.length > 40 ? `${id.slice(0, 12)}… (${id.length})` : id, id]))(
    'refuses %j',
    (_label, id) => expect(keysOf(regionIdSchema, id)).toEqual([': regionId']),
  );
});

describe('integers from text', () => {
  const bad = ['0x10', '0X10', '0b1', '0o7', '1e3', ' 12 ', '12 ', '12.0', '+5', '1_000', ''];
  const more = ['Infinity', 'NaN', '12abc', '١٢', '１２', '5\u0000'];
  it.each([...bad, ...more])('pageSize=%j is refused as not a whole number', (value) => {
    expect(keysOf(pageQuerySchema, { pageSize: value })).toEqual(['pageSize: wholeNumber']);
  });
  it.each([
    ['16', 16],
    ['007', 7],
    [16, 16],
    [undefined, 20],
  ])('pageSize=%j reads as %d', (value, n) => {
    expect(pageQuerySchema.parse({ pageSize: value }).pageSize).toBe(n);
  });
  it('still checks the range, and takes a minus sign where negatives are valid', () => {
    expect(keysOf(pageQuerySchema, { page: '0' })).toEqual(['page: tooSmall']);
    expect(keysOf(pageQuerySchema, { page: '-5' })).toEqual(['page: tooSmall']);
    expect(keysOf(pageQuerySchema, { pageSize: '101' })).toEqual(['pageSize: tooBig']);
    expect(intFromText(z.number().int()).parse('-3')).toBe(-3);
    expect(keysOf(intFromText(z.number().int()), '--3')).toEqual([': wholeNumber']);
  });
  it('refuses the same strings in bandwidth fields and keeps their own message', () => {
    for (const value of bad) {
      expect(keysOf(allocateEipSchema, { bandwidth: value })).toEqual(['bandwidth: wholeNumber']);
      expect(keysOf(allocateIpv6BandwidthSchema, { bandwidth: value })).toEqual([
        'bandwidth: wholeMbps',
      ]);
      expect(keysOf(changeIpv6BandwidthSchema, { bandwidth: value })).toEqual([
        'bandwidth: wholeMbps',
      ]);
    }
  });
  it('leaves JSON numbers and decimal strings as they were', () => {
    expect(allocateEipSchema.parse({ bandwidth: 10 }).bandwidth).toBe(10);
    expect(allocateEipSchema.parse({ bandwidth: '10' }).bandwidth).toBe(10);
    expect(allocateEipSchema.parse({}).bandwidth).toBe(5);
    expect(changeIpv6BandwidthSchema.parse({ bandwidth: '2000' }).bandwidth).toBe(2000);
    expect(keysOf(changeIpv6BandwidthSchema, { bandwidth: 12.5 })).toEqual([
      'bandwidth: wholeMbps',
    ]);
  });
  it('takes an ASN as digits or high.low, without blanks around it', () => {
    const asn = (value: string) =>
      keysOf(createCustomerGatewaySchema, { ipAddress: '1.2.3.4', asn: value });
    for (const value of ['65000', '1.5', '4294967295']) expect(asn(value)).toEqual([]);
    for (const value of [' 65000', '65000 ', '0x10', '1e3', '+5', '-5']) {
      expect(asn(value)).toEqual(['asn: asn']);
    }
  });
});

describe('names, descriptions and tags refuse hidden characters', () => {
  const hidden = [
    ['NUL', '\u0000'],
    ['TAB', '\t'],
    ['LF', '\n'],
    ['CR', '\r'],
    ['ESC', '\u001b'],
    ['DEL', '\u007f'],
    ['C1 NEL', '\u0085'],
    ['C1 CSI', '\u009b'],
    ['zero-width space', '\u200b'],
    ['ZWNJ', '\u200c'],
    ['ZWJ', '\u200d'],
    ['LRM', '\u200e'],
    ['RLM', '\u200f'],
    ['LRE', '\u202a'],
    ['RLO', '\u202e'],
    ['LRI', '\u2066'],
    ['PDI', '\u2069'],
    ['BOM', '\ufeff'],
    ['line separator', '\u2028'],
    ['paragraph separator', '\u2029'],
    ['Arabic letter mark', '\u061c'],
    ['word joiner', '\u2060'],
  ];
  const fields: [string, z.ZodType, (text: string) => unknown, string][] = [
    ['resource name', resourceNameSchema(), (s) => s, ''],
    ['VPN name', vpnNameSchema, (s) => s, ''],
    ['description', descriptionSchema(), (s) => s, ''],
    ['tag key', tagSchema, (s) => ({ key: s, value: 'v' }), 'key'],
    ['tag value', tagSchema, (s) => ({ key: 'env', value: s }), 'value'],
    [
      'customer gateway name',
      createCustomerGatewaySchema,
      (s) => ({ ipAddress: '1.2.3.4', name: s }),
      'name',
    ],
    [
      'customer gateway description',
      createCustomerGatewaySchema,
      (s) => ({ ipAddress: '1.2.3.4', description: s }),
      'description',
    ],
    [
      'IPsec connection name',
      createVpnConnectionSchema,
      (s) => ({
        vpnGatewayId: 'vpn-1',
        customerGatewayId: 'cgw-1',
        localSubnet: '10.0.0.0/8',
        remoteSubnet: '192.168.0.0/16',
        name: s,
      }),
      'name',
    ],
  ];
  // A description is typed in a multi-line box: its line breaks are text, not hidden characters.
  const lineBreaks = new Set(['\n', '\r']);
  for (const [what, schema, wrap, path] of fields) {
    const refused = what.includes('description')
      ? hidden.filter(([, ch]) => !lineBreaks.has(ch ?? ''))
      : hidden;
    it.each(refused)(`${what}: %s anywhere is refused with one precise issue`, (_n, ch) => {
      for (const text of [`prod${ch}nat`, `${ch}prod-nat`, `prod-nat${ch}`]) {
        expect(keysOf(schema, wrap(text))).toEqual([`${path}: hiddenChars`]);
      }
    });
    it(`${what}: visible text in any script still passes`, () => {
      for (const text of ['prod-nat', '支付网关', 'café', 'שלום', 'مرحبا']) {
        expect(keysOf(schema, wrap(text))).toEqual([]);
      }
    });
  }
  it('descriptions keep their line breaks; names and tags refuse them', () => {
    expect(keysOf(descriptionSchema(), 'First line\r\nsecond line\nthird')).toEqual([]);
    const cgw = { ipAddress: '1.2.3.4', description: 'Branch office\nrack 4' };
    expect(keysOf(createCustomerGatewaySchema, cgw)).toEqual([]);
    expect(keysOf(resourceNameSchema(), 'prod\nnat')).toEqual([': hiddenChars']);
  });
  it('descriptions and tag values keep spaces, punctuation and emoji without joiners', () => {
    expect(descriptionSchema().parse('Egress for prod, see ticket #42 🚀')).toBeTruthy();
    expect(tagSchema.parse({ key: 'owner', value: 'team a/b' }).value).toBe('team a/b');
  });
});
