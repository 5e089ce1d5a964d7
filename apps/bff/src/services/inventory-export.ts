import {
  CHECK_CATALOGUE,
  type Inventory,
  type InventoryItem,
  type InventoryQuery,
} from '@gc/contracts';
import { csvLine, csvStampLine, describeFilterValues } from '../audit/audit-csv.ts';
import { GATEWAY_CHECKS } from './checks/run-checks.ts';

/** Columns of the CSV export, in order. */
export const INVENTORY_CSV_COLUMNS = [
  'type',
  'id',
  'name',
  'regionId',
  'vpcId',
  'status',
  'createdAt',
  'expiresAt',
  'chargeType',
  'tags',
  'snatCount',
  'dnatCount',
  'eipCount',
  'deletionProtection',
  'ipsecEnabled',
  'connections',
  'connectionsNotEstablished',
  'ipv6Addresses',
  'ipv6AddressesWithoutBandwidth',
  'findings',
] as const;

const list = (v: readonly string[] | null | undefined) => (v ? v.join(' ') : '');

function row(i: InventoryItem): unknown[] {
  const d = i.details;
  return [
    i.type,
    i.id,
    i.name,
    i.regionId,
    i.vpcId,
    i.status,
    i.createdAt,
    i.expiresAt ?? '',
    i.chargeType,
    i.tags.map((t) => (t.value ? `${t.key}=${t.value}` : t.key)).join('; '),
    d.snatCount ?? '',
    d.dnatCount ?? '',
    d.eipCount ?? '',
    d.deletionProtection ?? '',
    d.ipsecEnabled ?? '',
    d.connectionIds?.length ?? '',
    list(d.connectionsNotEstablished),
    d.addressCount ?? '',
    list(d.addressesWithoutBandwidth),
    i.findings.map((f) => `${f.checkId}(${f.severity})`).join('; '),
  ];
}

/** The filters as `key=value` pairs, for the stamp. */
export function describeFilters(query: InventoryQuery): string {
  return describeFilterValues(query);
}

function regionStamp(inv: Inventory): string {
  return inv.regions
    .map((r) =>
      r.ok ? r.id : `${r.id} FAILED ${r.error?.code ?? ''} RequestId=${r.error?.requestId ?? '-'}`,
    )
    .join('; ');
}

/**
 * CSV export: `#` stamp lines (account, time, regions with failures, filters, check summary), then
 * an RFC 4180 table; every field of every line is quoted and guarded against spreadsheet formulas.
 */
export function inventoryToCsv(inv: Inventory, query: InventoryQuery): string {
  const texts = new Map(GATEWAY_CHECKS.map((c) => [c.id, c]));
  const stamp = [
    '# Gateway Console inventory',
    `# account: ${inv.account}`,
    `# generatedAt: ${inv.generatedAt}`,
    `# regions: ${regionStamp(inv)}`,
    `# filters: ${describeFilters(query)}`,
    `# gateways: ${inv.total}`,
    ...inv.summary.map(
      (s) =>
        `# check ${s.checkId} (${s.severity}): ${s.count} — ${texts.get(s.checkId)?.explanation ?? ''} Fix: ${texts.get(s.checkId)?.fix ?? ''}`,
    ),
  ].map(csvStampLine);
  const lines = [
    ...stamp,
    csvLine(INVENTORY_CSV_COLUMNS),
    ...inv.items.map((i) => csvLine(row(i))),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** JSON export: the inventory with its stamp, the filters and the checks' texts. */
export function inventoryToJson(inv: Inventory, query: InventoryQuery): string {
  const texts = new Map(GATEWAY_CHECKS.map((c) => [c.id, c]));
  return JSON.stringify(
    {
      account: inv.account,
      generatedAt: inv.generatedAt,
      filters: query,
      regions: inv.regions,
      total: inv.total,
      counts: inv.counts,
      summary: inv.summary.map((s) => ({
        ...s,
        explanation: texts.get(s.checkId)?.explanation,
        fix: texts.get(s.checkId)?.fix,
      })),
      items: inv.items,
      // Customer gateways and EIPs with findings (issue 19), with each check's mapping.
      resources: inv.resources ?? [],
      catalogue: CHECK_CATALOGUE,
    },
    null,
    2,
  );
}

/** A file name such as `inventory-20260601T120000Z.csv`. */
export function exportFileName(inv: Inventory, format: 'csv' | 'json'): string {
  const stamp = inv.generatedAt.replace(/[-:]/g, '').replace(/\.\d+/, '');
  return `inventory-${stamp}.${format}`;
}
