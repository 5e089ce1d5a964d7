import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../action-table.ts';
import { decodeBody } from '../decode-body.ts';
import type { ActionFixture } from './action-fixture.ts';
import { lookupFixtures } from './lookups.fixture.ts';
import { natGatewayFixtures } from './nat-gateways.fixture.ts';
import { snatDnatFixtures } from './snat-dnat.fixture.ts';
import { eipFixtures } from './eips.fixture.ts';
import { vpnGatewayFixtures } from './vpn-gateways.fixture.ts';
import { customerGatewayFixtures } from './customer-gateways.fixture.ts';
import { vpnConnectionFixtures } from './vpn-connections.fixture.ts';
import { ipv6GatewayFixtures } from './ipv6-gateways.fixture.ts';
import { ipv6EgressRuleFixtures } from './ipv6-egress-rules.fixture.ts';
import { tagFixtures } from './tags.fixture.ts';
import { sslVpnFixtures } from './ssl-vpn.fixture.ts';
import { enhancedVpnGatewayFixtures } from './enhanced-vpn-gateways.fixture.ts';
import { vpnConnectionEditFixtures } from './vpn-connection-edits.fixture.ts';
import { vpnRouteFixtures } from './vpn-routes.fixture.ts';
import { vpnDiagnosticsFixtures } from './vpn-diagnostics.fixture.ts';
import { ipsecServerFixtures } from './ipsec-servers.fixture.ts';
import { vpcNatFixtures } from './vpc-nat.fixture.ts';
import { natProtectionFixtures } from './nat-protection.fixture.ts';

const fixtures: ActionFixture[] = [
  ...lookupFixtures,
  ...natGatewayFixtures,
  ...snatDnatFixtures,
  ...eipFixtures,
  ...vpnGatewayFixtures,
  ...customerGatewayFixtures,
  ...vpnConnectionFixtures,
  ...ipv6GatewayFixtures,
  ...ipv6EgressRuleFixtures,
  ...tagFixtures,
  ...sslVpnFixtures,
  ...enhancedVpnGatewayFixtures,
  ...vpnConnectionEditFixtures,
  ...vpnRouteFixtures,
  ...vpnDiagnosticsFixtures,
  ...ipsecServerFixtures,
  ...vpcNatFixtures,
  ...natProtectionFixtures,
];

describe.each(fixtures)('$action: $name', (fixture) => {
  const expected = fixture.expected ?? JSON.parse(fixture.json);

  it('decodes the recorded JSON body', () => {
    expect(decodeBody(fixture.action, fixture.json)).toEqual(expected);
  });

  it('decodes the recorded XML body to the same object', () => {
    expect(decodeBody(fixture.action, fixture.xml)).toEqual(expected);
  });
});

describe('fixture coverage', () => {
  it('has an XML and a JSON recording for every action', () => {
    const covered = new Set(fixtures.map((f) => f.action));
    expect(Object.keys(ACTIONS).filter((action) => !covered.has(action as never))).toEqual([]);
  });
});
