import {
  egressOnlyRuleAlreadyExisted,
  incorrectStatusIpv6EgressOnlyRule,
  operationConflict,
  resourceNotFoundIpv6EgressOnlyRule,
} from '../errors.ts';
import type { BaseRecord, Store } from '../store.ts';

/** Store kind of IPv6 egress-only rules. */
export const IPV6_EGRESS_RULE_KIND = 'ipv6EgressOnlyRules';

/**
 * Rule statuses: `Pending` → `Available`, `Deleting` → gone (REFERENCE-2 §5.6, §7.6: tf waits
 * for `Available`; Describe never answers the `Creating`/`Created` of the create remark).
 */
export type Ipv6EgressRuleStatus = 'Pending' | 'Available' | 'Deleting';

/** An egress-only rule: one IPv6 address of the gateway's VPC made outbound-only (§5.1). */
export interface Ipv6EgressRuleRecord extends BaseRecord {
  Ipv6GatewayId: string;
  /** The IPv6 address id (`ipv6-…`). */
  InstanceId: string;
  Name: string;
  Description: string;
  Status: Ipv6EgressRuleStatus;
}

/** The rules of a region, or of one gateway. */
export function egressRulesOf(
  store: Store,
  regionId: string,
  gatewayId?: string,
): Ipv6EgressRuleRecord[] {
  const rows = store.table<Ipv6EgressRuleRecord>(regionId, IPV6_EGRESS_RULE_KIND).list();
  return gatewayId === undefined ? rows : rows.filter((r) => r.Ipv6GatewayId === gatewayId);
}

/** The rule, or [emulator choice] 404 `ResourceNotFound.Ipv6EgressOnlyRule`. */
export function requireEgressRule(store: Store, regionId: string, id: string) {
  const rule = store.table<Ipv6EgressRuleRecord>(regionId, IPV6_EGRESS_RULE_KIND).get(id);
  if (!rule) throw resourceNotFoundIpv6EgressOnlyRule(id);
  return rule;
}

/** A rule that may be deleted: `Available`, else 400 `IncorrectStatus.Ipv6EgressOnlyRule`. */
export function requireAvailableEgressRule(store: Store, regionId: string, id: string) {
  const rule = requireEgressRule(store, regionId, id);
  // No concurrent deletion of one rule (REFERENCE-2 §5.2).
  if (rule.Status !== 'Available') throw incorrectStatusIpv6EgressOnlyRule(id);
  return rule;
}

/**
 * One rule per address: a rule still `Pending` answers 409 `OperationConflict` ("no concurrent
 * rule creation for one IPv6 address", §5.1; tf retries it), an existing one
 * `OperationFailed.EgressOnlyRuleAlreadyExisted` ([emulator choice]).
 */
export function checkAddressFree(store: Store, regionId: string, addressId: string): void {
  const existing = egressRulesOf(store, regionId).find((r) => r.InstanceId === addressId);
  if (existing?.Status === 'Pending') throw operationConflict();
  if (existing)
    throw egressOnlyRuleAlreadyExisted(`${addressId} already having rule ${existing.id}`);
}

/** A rule in the DescribeIpv6EgressOnlyRules item shape (SDK 7.3.2 model). */
export function renderEgressRule(rule: Ipv6EgressRuleRecord) {
  return {
    Ipv6EgressOnlyRuleId: rule.id,
    InstanceId: rule.InstanceId,
    // The spelling CreateIpv6EgressOnlyRule takes and tf writes back (README decisions).
    InstanceType: 'Ipv6Address',
    Name: rule.Name,
    Description: rule.Description,
    Status: rule.Status,
  };
}
