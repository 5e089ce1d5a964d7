import type { CheckFinding, CheckId, CheckSeverity, InventoryItem } from '@gc/contracts';

/**
 * A gateway check: a pure function over one inventory item (and the clock), with the English
 * explanation and fix used in exports; the SPA shows its own EN/ZH texts keyed by `id`.
 */
export interface GatewayCheck {
  id: CheckId;
  severity: CheckSeverity;
  explanation: string;
  fix: string;
  /** The finding's parameters when the check fires, `undefined` when it does not (or cannot tell). */
  run(item: InventoryItem, now: Date): CheckFinding['params'] | undefined;
}

/** Runs one check and wraps a hit as a finding. */
export function findingOf(
  check: GatewayCheck,
  item: InventoryItem,
  now: Date,
): CheckFinding | undefined {
  const params = check.run(item, now);
  return params === undefined ? undefined : { checkId: check.id, severity: check.severity, params };
}
