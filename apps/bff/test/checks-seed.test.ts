import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIdSchema, inventorySchema, type CheckId, type Inventory } from '@gc/contracts';
import { parseCheckRules } from '../src/services/checks/check-rules-file.ts';
import { startHarness, type Harness } from './harness.ts';

// Where each check fires on the emulator's seed (issue 19: every check at least once, each
// only where the seed meant it). `expiring-soon` depends on the clock and is checked apart.
const EXPECTED: Record<Exclude<CheckId, 'expiring-soon' | 'nat-vpc-not-allowed'>, string[]> = {
  'nat-no-snat': ['vpc-nat-internal', 'eu-idle-nat'],
  'nat-eips-no-rules': ['eu-idle-nat'],
  // Every NAT gateway but the protected 支付系统出网网关.
  'nat-no-deletion-protection': [
    'sg-storefront-nat',
    '数据平台出网NAT',
    'prod-egress-nat',
    'vpc-nat-internal',
    'sh-egress-nat',
    'staging-nat',
    'eu-batch-nat',
    'eu-gdpr-egress',
    'eu-idle-nat',
    'us-dev-nat',
  ],
  'nat-dnat-risky-port': ['sg-storefront-nat', '支付系统出网网关', 'us-dev-nat'],
  'nat-eip-unused': ['eu-batch-nat'],
  'nat-snat-mixed-bandwidth': ['eu-batch-nat'],
  'vpn-ipsec-no-connection': ['sg-sitetosite-vpn', '支付专线备份VPN', 'sv-lab-vpn'],
  'ipsec-not-established': ['sh-branch-vpn', 'fra-dc-vpn'],
  'vpn-single-zone': ['bj-idc-vpn', 'hz-office-vpn', 'fra-dc-vpn', 'sv-lab-vpn'],
  'vpn-tunnels-not-established': ['sh-branch-vpn'],
  'vpn-health-check-off': ['bj-idc-vpn', 'hz-office-vpn', 'fra-dc-vpn'],
  // The API's defaults (MD5, DH group 2) are weak: every gateway with a connection.
  'vpn-weak-crypto': [
    'sg-partner-vpn',
    'bj-idc-vpn',
    'hz-office-vpn',
    'sh-branch-vpn',
    'fra-dc-vpn',
  ],
  'vpn-ssl-no-server': ['sg-partner-vpn'],
  'vpn-ssl-compression': ['sv-lab-vpn'],
  'vpn-cgw-unused': ['Ningbo warehouse 宁波仓库', 'Seattle lab'],
  'ipv6-no-bandwidth': ['数据平台IPv6网关', 'prod-core-ipv6gw', 'sh-ipv6-gateway'],
  'ipv6-public-no-egress-rule': ['prod-core-ipv6gw'],
  'ipv6-no-addresses': ['us-dev-ipv6-gw'],
  'ipv6-bandwidth-ceiling': ['prod-core-ipv6gw'],
  untagged: ['sh-ipv6-gateway', 'us-dev-ipv6-gw'],
  'eip-no-deletion-protection': [
    'data-egress-1',
    'data-egress-2',
    'prod-egress-1',
    'prod-egress-2',
    'prod-ingress-web',
    '支付出口IP-2',
    'spare-eip-1',
    '备用公网IP',
    'sh-egress',
    'staging-egress',
    'spare-sh',
    'sg-egress',
    'us-dev-egress',
    'spare-us',
    'eu-egress',
    'eu-batch-a',
    'eu-batch-b',
    'eu-batch-spare',
    'eu-idle',
  ],
};

const firedOn = (inv: Inventory, id: CheckId): string[] =>
  [...inv.items, ...(inv.resources ?? [])]
    .filter((r) => r.findings.some((f) => f.checkId === id))
    .map((r) => r.name)
    .sort();

let h: Harness;
let inv: Inventory;

beforeAll(async () => {
  h = await startHarness({ cacheTtlMs: 0 });
  const res = await (await h.auditor()).get('/api/inventory');
  inv = inventorySchema.parse(res.body);
});
afterAll(() => h.close());

describe('checks over the seed data', () => {
  it.each(Object.entries(EXPECTED))(
    '%s fires where the seed expects it and nowhere else',
    (id, names) => {
      expect(firedOn(inv, id as CheckId)).toEqual([...names].sort());
    },
  );

  it('fires expiring-soon exactly on the subscriptions ending within 30 days', () => {
    const now = Date.parse(inv.generatedAt);
    const ending = inv.items
      .filter((i) => i.expiresAt && Date.parse(i.expiresAt) - now <= 31 * 86_400_000)
      .map((i) => i.name)
      .sort();
    expect(firedOn(inv, 'expiring-soon')).toEqual(ending);
  });

  it('names the evidence: ports of risky DNAT entries, weak settings per tunnel', () => {
    const usDev = inv.items.find((i) => i.name === 'us-dev-nat');
    const risky = usDev?.findings.find((f) => f.checkId === 'nat-dnat-risky-port');
    expect(risky?.params).toMatchObject({ count: 1, ports: '3389' });
    const partner = inv.items.find((i) => i.name === 'sg-partner-vpn');
    const weak = partner?.findings.find((f) => f.checkId === 'vpn-weak-crypto');
    // A dual-tunnel connection: each tunnel's own settings are read (mondoo's lesson).
    expect(String(weak?.params.settings)).toMatch(/\/tun-[^:]+: .*ikePfs=group2/);
    expect(inv.summary.every((s) => s.count === firedOn(inv, s.checkId).length)).toBe(true);
  });
});

describe('the rule set (CHECKS_FILE)', () => {
  it('restricts NAT VPCs, switches checks off and changes severities', async () => {
    const usDev = inv.items.find((i) => i.name === 'us-dev-nat');
    const allowed = [...new Set(inv.items.map((i) => i.vpcId))].filter((v) => v !== usDev?.vpcId);
    const rules = parseCheckRules({
      checks: {
        'nat-vpc-not-allowed': { allowedVpcIds: allowed },
        'eip-no-deletion-protection': { enabled: false },
        untagged: { severity: 'high' },
      },
    });
    const h2 = await startHarness({ cacheTtlMs: 0, checkRules: rules });
    try {
      const res = await (await h2.auditor()).get('/api/inventory');
      const inv2 = inventorySchema.parse(res.body);
      expect(firedOn(inv2, 'nat-vpc-not-allowed')).toEqual(['us-dev-nat']);
      expect(firedOn(inv2, 'eip-no-deletion-protection')).toEqual([]);
      expect(inv2.summary.map((s) => s.checkId)).not.toContain('eip-no-deletion-protection');
      expect(inv2.summary.find((s) => s.checkId === 'untagged')?.severity).toBe('high');
      expect(checkIdSchema.options.length).toBe(inv2.summary.length + 1);
    } finally {
      await h2.close();
    }
  });
});
