import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditEntry } from '@gc/contracts';
import { afterAll, describe, expect, it } from 'vitest';
import { AUDIT_CSV_COLUMNS, csvCell, csvStampLine, toCsv } from './audit-csv.ts';
import { sampleEntry } from './audit-store-contract.fixture.ts';
import { csvCells, parseCsv } from './csv-cells.fixture.ts';
import { exportAudit } from './export-audit.ts';
import { describeAuditFilters, exportAuditStamped } from './stamped-export.ts';
import { SqliteAuditStore } from './sqlite-audit-store.ts';

const entry = (over: Partial<AuditEntry> = {}): AuditEntry => ({
  id: 'e1',
  time: '2026-11-22T08:00:00.000Z',
  user: 'operator',
  action: 'nat-gateway.create',
  params: {},
  outcome: 'success',
  ...over,
});

describe('csvCell', () => {
  it('quotes every field, doubling inner quotes (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell(409)).toBe('"409"');
  });

  it('neutralises formula starts with a leading quote', () => {
    for (const s of ['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '=HYPERLINK("http://x","y")']) {
      expect(csvCell(s).replace(/^"/, '').startsWith(`'${s[0]}`)).toBe(true);
    }
    expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`);
  });
});

describe('toCsv', () => {
  it('writes a header and one record per entry that parse back to the same values', () => {
    const tricky = entry({
      user: '=cmd|"/c calc"!A0',
      resourceId: 'ngw-1',
      params: { name: 'a, "b"', note: 'x\r\ny' },
      userAgent: 'Mozilla/5.0 (X11; Linux)',
      httpStatus: 201,
    });
    const rows = parseCsv(toCsv([tricky, entry({ id: 'e2' })]));
    expect(rows[0]).toEqual([...AUDIT_CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const rec = Object.fromEntries(AUDIT_CSV_COLUMNS.map((c, i) => [c, rows[1]?.[i]]));
    expect(rec.user).toBe(`'=cmd|"/c calc"!A0`);
    expect(JSON.parse(rec.params ?? '')).toEqual(tricky.params);
    expect(rec).toMatchObject({ httpStatus: '201', resourceId: 'ngw-1', role: '', id: 'e1' });
    expect(toCsv([], { header: false })).toBe('');
  });
});

describe('exportAudit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gc-audit-export-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('streams CSV and JSON of the filtered trail, newest first', async () => {
    const store = new SqliteAuditStore({ path: join(dir, 'a.sqlite'), exportBatchSize: 15 });
    for (let i = 0; i < 120; i += 1) {
      const outcome = i % 3 === 0 ? 'failure' : 'success';
      await store.append(
        sampleEntry({ time: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), outcome }),
      );
    }
    const collect = async (format: 'csv' | 'json') => {
      const chunks: string[] = [];
      for await (const c of exportAudit(store, { outcome: 'failure' }, format)) chunks.push(c);
      return chunks;
    };
    const csv = await collect('csv');
    expect(csv.length).toBeGreaterThan(1);
    const rows = parseCsv(csv.join(''));
    expect(rows).toHaveLength(41);
    expect(rows[1]?.[0]).toBe(new Date(Date.UTC(2026, 0, 1, 0, 117)).toISOString());
    const json = JSON.parse((await collect('json')).join('')) as AuditEntry[];
    expect(json).toHaveLength(40);
    expect(json.every((e) => e.outcome === 'failure')).toBe(true);
    expect(JSON.parse((await collectEmpty(store)).join(''))).toEqual([]);
    await store.close();
  });
});

async function collectEmpty(store: SqliteAuditStore): Promise<string[]> {
  const chunks: string[] = [];
  for await (const c of exportAudit(store, { user: 'nobody' }, 'json')) chunks.push(c);
  return chunks;
}

describe('stamp lines (CSV header injection, issue 15)', () => {
  const link = 'a,=cmd|\' /C calc\'!A0,+1,-2,@SUM(1),"x"';

  it('keeps every cell of a crafted filter line from starting with = + - @', async () => {
    const store = new SqliteAuditStore({ path: ':memory:' });
    let csv = '';
    const stamp = { account: 'demo', exportedAt: '2026-12-05T00:00:00.000Z', filters: { q: link } };
    for await (const chunk of exportAuditStamped(store, stamp, 'csv')) csv += chunk;
    await store.close();
    const bad = csvCells(csv).filter((c) => /^[=+\-@]/.test(c));
    expect(bad).toEqual([]);
    expect(csv).toContain('# filters: q=a,=cmd');
  });

  it('quotes every line of an export, stamp and column header included', async () => {
    const store = new SqliteAuditStore({ path: ':memory:' });
    await store.append(sampleEntry({ user: '-1', resourceId: link, params: { name: '@x' } }));
    let csv = '';
    const filters = { user: '-1', resourceId: link };
    const stamp = { account: '=acct', exportedAt: '2026-12-05T00:00:00.000Z', filters };
    for await (const chunk of exportAuditStamped(store, stamp, 'csv')) csv += chunk;
    await store.close();
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(6);
    // Each line is one or more quoted fields and nothing else.
    for (const line of lines) expect(line).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
    const rows = parseCsv(csv);
    expect(rows.slice(0, 4).map((r) => r.length)).toEqual([1, 1, 1, 1]);
    expect(rows[3]?.[0]).toBe(`# filters: user='-1 resourceId=${link}`);
    expect(rows[1]).toEqual(['# account: =acct']);
    expect(rows[4]).toEqual([...AUDIT_CSV_COLUMNS]);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('guards a filter value that starts with a formula character', () => {
    expect(describeAuditFilters({ user: '=1+1' })).toBe("user='=1+1");
    expect(csvStampLine('# account: demo')).toBe('"# account: demo"');
    expect(csvStampLine('# q: a,-1')).toBe('"# q: a,-1"');
  });
});
