import {
  CHECK_CATALOGUE,
  type CheckFinding,
  type CheckId,
  type CheckSeverity,
  type Inventory,
} from '@gc/contracts';
import type { TFunction } from 'i18next';
import { labelIfEnum } from '../../../lib/enum-values';

// The eight checks of issue 7 keep their texts under `inventory.check`; issue 19's live under
// `checks.rule` (one new top-level i18n key per slice).
const LEGACY_IDS = [
  'nat-no-snat',
  'nat-eips-no-rules',
  'nat-no-deletion-protection',
  'vpn-ipsec-no-connection',
  'ipsec-not-established',
  'ipv6-no-bandwidth',
  'untagged',
  'expiring-soon',
] as const;
type LegacyId = (typeof LEGACY_IDS)[number];
const LEGACY: ReadonlySet<CheckId> = new Set<CheckId>(LEGACY_IDS);

type Part = 'title' | 'explanation' | 'fix';
/** The i18n key of one text of one check. */
export type CheckTextKey<P extends Part> =
  `inventory.check.${LegacyId}.${P}` | `checks.rule.${Exclude<CheckId, LegacyId>}.${P}`;

/** The i18n key of a check's title, explanation or fix. */
export function checkTextKey<P extends Part>(id: CheckId, part: P): CheckTextKey<P> {
  const key = LEGACY.has(id) ? `inventory.check.${id}.${part}` : `checks.rule.${id}.${part}`;
  return key as CheckTextKey<P>;
}

/** What a finding is about: a gateway of the inventory, a customer gateway or an EIP. */
export type FindingResourceType = 'nat' | 'vpn' | 'ipv6' | 'customer-gateway' | 'eip';

/** One finding on one resource, as the findings table and the report list them. */
export interface FindingRow {
  key: string;
  checkId: CheckId;
  severity: CheckSeverity;
  params: CheckFinding['params'];
  resourceType: FindingResourceType;
  resourceId: string;
  resourceName: string;
  regionId: string;
}

const RANK: Record<CheckSeverity, number> = { high: 0, medium: 1, low: 2 };

/** Every finding of the inventory (gateways, customer gateways, EIPs), most severe first. */
export function findingRows(inv: Pick<Inventory, 'items' | 'resources'>): FindingRow[] {
  const resources = [...inv.items, ...(inv.resources ?? [])];
  return resources
    .flatMap((r) =>
      r.findings.map((f) => ({
        key: `${f.checkId}/${r.type}/${r.id}`,
        checkId: f.checkId,
        severity: f.severity,
        params: f.params,
        resourceType: r.type,
        resourceId: r.id,
        resourceName: r.name,
        regionId: r.regionId,
      })),
    )
    .sort(
      (a, b) =>
        RANK[a.severity] - RANK[b.severity] ||
        a.checkId.localeCompare(b.checkId) ||
        a.resourceId.localeCompare(b.resourceId),
    );
}

/** The evidence as `key: value` pairs (the values that tripped the check). */
export function evidenceText(params: CheckFinding['params'], t: TFunction): string {
  // Enum values read as words, as everywhere else on screen; the exports keep them as sent.
  // Evidence is prose such as `vco-…/master tun-…: ike_sa_not_established`: each whole word
  // (not a piece of an ID) is looked up.
  const value = (v: unknown) =>
    String(v).replace(/(?<![\w-])[A-Za-z_]+(?![\w-])/g, (word) => labelIfEnum(word, t));
  return Object.entries(params)
    .map(([k, v]) => `${k}: ${value(v)}`)
    .join(' · ');
}

/** The fix the console can apply for this finding, if any. */
export const fixActionOf = (checkId: CheckId) => CHECK_CATALOGUE[checkId].fixAction;
