import type { CheckedResource, CheckFinding, CheckSummary, InventoryItem } from '@gc/contracts';
import { DEFAULT_CHECK_RULES, type CheckRules, type CheckSettings } from './check-settings.ts';
import { expiringSoonCheck, untaggedCheck } from './common-checks.ts';
import { findingOf, isResourceCheck, type GatewayCheck } from './gateway-check.ts';
import {
  ipv6BandwidthCeilingCheck,
  ipv6NoAddressesCheck,
  ipv6NoBandwidthCheck,
  ipv6PublicNoEgressRuleCheck,
} from './ipv6-checks.ts';
import { natEipsNoRulesCheck, natNoDeletionProtectionCheck, natNoSnatCheck } from './nat-checks.ts';
import {
  natDnatRiskyPortCheck,
  natEipUnusedCheck,
  natSnatMixedBandwidthCheck,
  natVpcNotAllowedCheck,
} from './nat-rule-checks.ts';
import { eipNoDeletionProtectionCheck, vpnCgwUnusedCheck } from './resource-checks.ts';
import {
  vpnHealthCheckOffCheck,
  vpnSingleZoneCheck,
  vpnSslCompressionCheck,
  vpnSslNoServerCheck,
  vpnTunnelsNotEstablishedCheck,
  vpnWeakCryptoCheck,
} from './vpn-config-checks.ts';
import { ipsecNotEstablishedCheck, vpnIpsecNoConnectionCheck } from './vpn-checks.ts';

/** Every check, by family (NAT, VPN, IPv6, everywhere). */
export const GATEWAY_CHECKS: readonly GatewayCheck[] = [
  natNoSnatCheck,
  natEipsNoRulesCheck,
  natNoDeletionProtectionCheck,
  natDnatRiskyPortCheck,
  natEipUnusedCheck,
  natSnatMixedBandwidthCheck,
  natVpcNotAllowedCheck,
  vpnIpsecNoConnectionCheck,
  ipsecNotEstablishedCheck,
  vpnSingleZoneCheck,
  vpnTunnelsNotEstablishedCheck,
  vpnHealthCheckOffCheck,
  vpnWeakCryptoCheck,
  vpnSslNoServerCheck,
  vpnSslCompressionCheck,
  vpnCgwUnusedCheck,
  ipv6NoBandwidthCheck,
  ipv6PublicNoEgressRuleCheck,
  ipv6NoAddressesCheck,
  ipv6BandwidthCeilingCheck,
  untaggedCheck,
  expiringSoonCheck,
  eipNoDeletionProtectionCheck,
];

/** The checks a rule set leaves on, each at the severity it gives. */
export function checksFor(rules: CheckRules = DEFAULT_CHECK_RULES): GatewayCheck[] {
  return GATEWAY_CHECKS.filter((c) => !rules.disabled.has(c.id)).map((c) => {
    const severity = rules.severity.get(c.id);
    return severity ? { ...c, severity } : c;
  });
}

/** Every finding for one gateway. */
export function runChecks(
  item: InventoryItem,
  now: Date,
  checks: readonly GatewayCheck[] = GATEWAY_CHECKS,
  settings?: CheckSettings,
): CheckFinding[] {
  return checks.flatMap((check) => findingOf(check, item, now, settings) ?? []);
}

/** Every finding for one customer gateway or EIP. */
export function runResourceChecks(
  resource: CheckedResource,
  checks: readonly GatewayCheck[] = GATEWAY_CHECKS,
): CheckFinding[] {
  return checks.filter(isResourceCheck).flatMap((check) => {
    const params = check.onResource(resource);
    return params === undefined ? [] : [{ checkId: check.id, severity: check.severity, params }];
  });
}

/** How many of `items` (and `resources`) each check fired on (every check listed, zeros included). */
export function summariseFindings(
  items: readonly InventoryItem[],
  checks: readonly GatewayCheck[] = GATEWAY_CHECKS,
  resources: readonly CheckedResource[] = [],
): CheckSummary {
  const fired = (id: string) => (f: CheckFinding) => f.checkId === id;
  return checks.map((check) => ({
    checkId: check.id,
    severity: check.severity,
    count:
      items.filter((i) => i.findings.some(fired(check.id))).length +
      resources.filter((r) => r.findings.some(fired(check.id))).length,
  }));
}
