// Malformed requests for the emulator: RPC calls correctly signed with hostile parameters, and
// broken ones (tampered, unsigned, stale, unknown key, duplicated params, bad bodies, bad ACS3
// headers), raw junk on any path, and bad JSON for the admin API.
import fc from 'fast-check';
import { DEMO_ACCESS_KEY } from '@gc/emulator';
import { signRpcRequest } from '@gc/signer';
import { hostileSegment, hostileValue } from './hostile-strings.ts';
import type { RawRequest } from './raw-http.ts';

const ACTIONS = [
  'DescribeRegions',
  'DescribeZones',
  'DescribeVpcs',
  'DescribeVSwitches',
  'DescribeNatGateways',
  'CreateNatGateway',
  'DeleteNatGateway',
  'ModifyNatGatewayAttribute',
  'ModifyNatGatewaySpec',
  'DescribeSnatTableEntries',
  'CreateSnatEntry',
  'DeleteSnatEntry',
  'DescribeForwardTableEntries',
  'CreateForwardEntry',
  'DeleteForwardEntry',
  'AllocateEipAddress',
  'DescribeEipAddresses',
  'AssociateEipAddress',
  'UnassociateEipAddress',
  'ReleaseEipAddress',
  'CreateVpnGateway',
  'DescribeVpnGateways',
  'CreateCustomerGateway',
  'CreateVpnConnection',
  'DescribeVpnConnection',
  'CreateIpv6Gateway',
  'DescribeIpv6Addresses',
  'AllocateIpv6InternetBandwidth',
  'TagResources',
  'ListTagResources',
  'UnTagResources',
];
const PARAMS = [
  'RegionId',
  'NatGatewayId',
  'VpcId',
  'VSwitchId',
  'Name',
  'Description',
  'PageSize',
  'PageNumber',
  'Spec',
  'NatType',
  'NetworkType',
  'EipBindMode',
  'SnatTableId',
  'ForwardTableId',
  'SourceCIDR',
  'SnatIp',
  'ExternalIp',
  'ExternalPort',
  'InternalIp',
  'InternalPort',
  'IpProtocol',
  'AllocationId',
  'InstanceId',
  'InstanceType',
  'Bandwidth',
  'ClientToken',
  'DryRun',
  'Force',
  'ResourceType',
  'ResourceId.1',
  'Tag.1.Key',
  'Tag.1.Value',
  'Tag.999999.Key',
  'Tag.0.Key',
  'Tag..Key',
  'IkeConfig',
  'IpsecConfig',
  'AccessMode',
  'NextToken',
  'Format',
  'Version',
];

// Lone surrogates have no UTF-8 form to sign (the signer refuses them): replaced, as a client would.
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const text = (v: unknown) =>
  (typeof v === 'string' ? v : (JSON.stringify(v) ?? '')).replace(LONE, '\uFFFD');
const params = fc
  .record({
    region: fc.option(fc.constantFrom('cn-hangzhou', 'cn-beijing', 'xx-nowhere-1', ''), {
      freq: 6,
    }),
    extra: fc.dictionary(
      fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 12 }).map(text)),
      hostileValue.map(text),
      { maxKeys: 5 },
    ),
  })
  .map(({ region, extra }) => ({ ...(region === null ? {} : { RegionId: region }), ...extra }));

type Mode =
  | 'valid'
  | 'tampered'
  | 'unsigned'
  | 'stale'
  | 'unknown-key'
  | 'duplicated'
  | 'json-body'
  | 'acs3-garbage';
const query = (p: Record<string, string>) => new URLSearchParams(p).toString();

function rpc(
  action: string,
  p: Record<string, string>,
  method: 'GET' | 'POST',
  mode: Mode,
  format: string | null,
): RawRequest {
  const signed = signRpcRequest({
    method,
    action,
    params: format === null ? p : { ...p, Format: format },
    credentials:
      mode === 'unknown-key'
        ? { accessKeyId: 'LTAI5tNoSuchKey', accessKeySecret: 'x' }
        : { ...DEMO_ACCESS_KEY },
  });
  if (mode === 'tampered') signed.RegionId = `${signed.RegionId ?? ''}x`;
  if (mode === 'unsigned') delete signed.Signature;
  if (mode === 'stale') signed.Timestamp = '2001-01-01T00:00:00Z';
  const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
  switch (mode) {
    case 'duplicated':
      return {
        method,
        target: `/?${query(signed)}&Action=DeleteNatGateway&Signature=AAAA`,
        headers: [],
      };
    case 'json-body':
      return {
        method: 'POST',
        target: '/',
        headers: [['Content-Type', 'application/json']],
        body: JSON.stringify(signed),
      };
    case 'acs3-garbage':
      return {
        method: 'POST',
        target: `/?${query(p)}`,
        headers: [
          [
            'Authorization',
            `ACS3-HMAC-SHA256 Credential=${DEMO_ACCESS_KEY.accessKeyId},SignedHeaders=host,Signature=00`,
          ],
          ['x-acs-action', action],
          ['x-acs-version', '2016-04-28'],
          ['x-acs-date', '2026-13-45T99:99:99Z'],
          ['x-acs-signature-nonce', '1'],
          ['x-acs-content-sha256', 'not-a-hash'],
        ],
      };
    default:
      return method === 'GET'
        ? { method, target: `/?${query(signed)}`, headers: [] }
        : {
            method,
            target: '/',
            headers: [['Content-Type', form['Content-Type']]],
            body: query(signed),
          };
  }
}

const rpcCase = fc
  .record({
    action: fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...ACTIONS) },
      { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
    ),
    params,
    method: fc.constantFrom('GET' as const, 'POST' as const),
    mode: fc.constantFrom<Mode>(
      'valid',
      'valid',
      'valid',
      'valid',
      'tampered',
      'unsigned',
      'stale',
      'unknown-key',
      'duplicated',
      'json-body',
      'acs3-garbage',
    ),
    format: fc.option(fc.constantFrom('JSON', 'XML', 'json', 'yaml', ''), { freq: 3 }),
  })
  .map((c) => rpc(c.action, c.params, c.method, c.mode, c.format));

const rawCase = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE'),
  target: fc.oneof(
    hostileSegment.map((s) => `/${s}`),
    fc.constantFrom(
      '/?Action=DescribeRegions',
      '/?',
      '/?%',
      '/?Action=%E0%A4%A',
      '/../../etc/passwd',
      '//',
      '/?Action=' + 'A'.repeat(9000),
    ),
  ),
  headers: fc.constant<[string, string][]>([]),
  body: fc.option(
    fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.integer({ min: 1_048_000, max: 1_300_000 }).map((n) => 'Action=' + 'x'.repeat(n)),
    ),
    { nil: undefined },
  ),
});

const adminCase = fc.record({
  method: fc.constantFrom('GET', 'PUT', 'POST', 'DELETE'),
  target: fc.oneof(
    fc
      .constantFrom('faults', 'state', 'timing', 'advance', 'stats', 'health', 'nope')
      .map((r) => `/_emulator/${r}`),
    hostileSegment.map((s) => `/_emulator/${s}`),
  ),
  headers: fc.constant<[string, string][]>([['Content-Type', 'application/json']]),
  body: fc.oneof(
    fc.constantFrom(
      '{',
      '[]',
      'null',
      '{"rules":"x"}',
      '{"mode":"sometimes"}',
      '{"ms":-1}',
      '{"version":2}',
      '{"rules":[{"probability":2,"kind":"drop"}]}',
    ),
    fc
      .dictionary(
        fc.constantFrom(
          'rules',
          'seed',
          'mode',
          'ms',
          'version',
          'regions',
          'durationsMs',
          '__proto__',
        ),
        hostileValue,
      )
      .map((o) => JSON.stringify(o)),
  ),
});

/** Emulator cases: mostly signed RPC, some raw junk, some admin API abuse. */
export const emulatorCases: fc.Arbitrary<RawRequest> = fc.oneof(
  { weight: 8, arbitrary: rpcCase },
  { weight: 1, arbitrary: rawCase },
  { weight: 1, arbitrary: adminCase },
);
