import { describe, expect, it } from 'vitest';
import { inventorySchema, type Inventory } from '@gc/contracts';
import { csvCells, parseCsv } from '../audit/csv-cells.fixture.ts';
import { inventoryItem } from './checks/inventory-item.fixture.ts';
import { runChecks, summariseFindings } from './checks/run-checks.ts';
import {
  exportFileName,
  INVENTORY_CSV_COLUMNS,
  inventoryToCsv,
  inventoryToJson,
} from './inventory-export.ts';

const now = new Date('2026-06-01T12:00:00.000Z');
const raw = [
  inventoryItem({ id: 'ngw-1', name: '=HYPERLINK("x")', tags: [] }),
  inventoryItem({ id: 'ngw-2', name: 'a,b', tags: [{ key: 'env', value: 'prod' }] }),
];
const items = raw.map((i) => ({ ...i, findings: runChecks(i, now) }));
const inv: Inventory = {
  generatedAt: now.toISOString(),
  account: 'acme',
  items,
  total: 2,
  regions: [
    { id: 'cn-hangzhou', ok: true, itemCount: 2 },
    {
      id: 'cn-shanghai',
      ok: false,
      itemCount: 0,
      error: { code: 'ServiceUnavailable', message: 'down', requestId: 'REQ-1' },
    },
  ],
  counts: { byRegion: { 'cn-hangzhou': 2 }, byType: { nat: 2 }, byStatus: { Available: 2 } },
  summary: summariseFindings(items),
};

describe('inventoryToCsv', () => {
  const csv = inventoryToCsv(inv, { type: 'nat' });
  const lines = csv.split('\r\n');
  const rows = parseCsv(csv);

  it('stamps account, time, regions (with the failure), filters and the check summary', () => {
    expect(rows.slice(0, 6)).toEqual([
      ['# Gateway Console inventory'],
      ['# account: acme'],
      ['# generatedAt: 2026-06-01T12:00:00.000Z'],
      ['# regions: cn-hangzhou; cn-shanghai FAILED ServiceUnavailable RequestId=REQ-1'],
      ['# filters: type=nat'],
      ['# gateways: 2'],
    ]);
    expect(csv).toMatch(/^"# check untagged \(low\): 1 — The gateway has no tags/m);
  });

  it('writes the header and one guarded, quoted row per gateway', () => {
    const header = rows.findIndex((r) => r[0] === 'type');
    expect(rows[header]).toEqual([...INVENTORY_CSV_COLUMNS]);
    expect(lines[header + 1]).toMatch(/^"nat","ngw-1","'=HYPERLINK\(""x""\)","cn-hangzhou",/);
    expect(rows[header + 1]?.at(-1)).toBe('untagged(low)');
    expect(rows[header + 2]).toContain('a,b');
    expect(rows[header + 2]).toContain('env=prod');
    expect(lines.at(-1)).toBe('');
    // Every line, stamp and column header included, is quoted fields only.
    for (const line of lines.slice(0, -1)) {
      expect(line).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
    }
  });
});

describe('inventoryToJson', () => {
  it('keeps the inventory, the filters and the check texts', () => {
    const json = JSON.parse(inventoryToJson(inv, { type: 'nat' })) as Inventory & {
      filters: unknown;
      summary: { explanation: string }[];
    };
    expect(inventorySchema.parse(json).items).toHaveLength(2);
    expect(json.account).toBe('acme');
    expect(json.filters).toEqual({ type: 'nat' });
    expect(json.summary[0]?.explanation).toMatch(/SNAT/);
  });
});

describe('exportFileName', () => {
  it('is stamped with the time', () => {
    expect(exportFileName(inv, 'csv')).toBe('inventory-20260601T120000Z.csv');
  });
});

describe('inventory CSV header injection (issue 15)', () => {
  it('keeps every cell of the stamp from starting with = + - @', () => {
    const csv = inventoryToCsv(inv, { q: "a,=cmd|' /C calc'!A0", tag: '@x,+y;-z' });
    expect(csvCells(csv).filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(parseCsv(csv)).toContainEqual([`# filters: q=a,=cmd|' /C calc'!A0 tag='@x,+y;-z`]);
  });
});
