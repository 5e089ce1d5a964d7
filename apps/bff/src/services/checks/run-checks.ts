import type { CheckFinding, CheckSummary, InventoryItem } from '@gc/contracts';
import { expiringSoonCheck, untaggedCheck } from './common-checks.ts';
import { findingOf, type GatewayCheck } from './gateway-check.ts';
import { ipv6NoBandwidthCheck } from './ipv6-checks.ts';
import { natEipsNoRulesCheck, natNoDeletionProtectionCheck, natNoSnatCheck } from './nat-checks.ts';
import { ipsecNotEstablishedCheck, vpnIpsecNoConnectionCheck } from './vpn-checks.ts';

/** Every gateway check, most severe first within each family. */
export const GATEWAY_CHECKS: readonly GatewayCheck[] = [
  natNoSnatCheck,
  natEipsNoRulesCheck,
  natNoDeletionProtectionCheck,
  vpnIpsecNoConnectionCheck,
  ipsecNotEstablishedCheck,
  ipv6NoBandwidthCheck,
  untaggedCheck,
  expiringSoonCheck,
];

/** Every finding for one gateway. */
export function runChecks(
  item: InventoryItem,
  now: Date,
  checks: readonly GatewayCheck[] = GATEWAY_CHECKS,
): CheckFinding[] {
  return checks.flatMap((check) => findingOf(check, item, now) ?? []);
}

/** How many of `items` each check fired on (every check listed, zeros included). */
export function summariseFindings(
  items: readonly InventoryItem[],
  checks: readonly GatewayCheck[] = GATEWAY_CHECKS,
): CheckSummary {
  return checks.map((check) => ({
    checkId: check.id,
    severity: check.severity,
    count: items.filter((i) => i.findings.some((f) => f.checkId === check.id)).length,
  }));
}
