import type {
  CheckedResource,
  CheckFinding,
  CheckId,
  CheckSeverity,
  InventoryItem,
} from '@gc/contracts';
import type { CheckSettings } from './check-settings.ts';

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
  run(item: InventoryItem, now: Date, settings?: CheckSettings): CheckFinding['params'] | undefined;
}

/**
 * A check over a customer gateway or EIP of the region (not a gateway of the inventory); its
 * `run` on gateways never fires, so one list holds every check.
 */
export interface ResourceCheck extends GatewayCheck {
  /** The evidence when the check fires on the resource. */
  onResource(resource: CheckedResource): CheckFinding['params'] | undefined;
}

/** True for a check over customer gateways / EIPs. */
export const isResourceCheck = (c: GatewayCheck): c is ResourceCheck => 'onResource' in c;

/** Runs one check and wraps a hit as a finding. */
export function findingOf(
  check: GatewayCheck,
  item: InventoryItem,
  now: Date,
  settings?: CheckSettings,
): CheckFinding | undefined {
  const params = check.run(item, now, settings);
  return params === undefined ? undefined : { checkId: check.id, severity: check.severity, params };
}
