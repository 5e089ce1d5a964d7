import { describe, expect, it } from 'vitest';
import { checkIdSchema } from '@gc/contracts';
import { inventoryItem } from './inventory-item.fixture.ts';
import { GATEWAY_CHECKS, runChecks, summariseFindings } from './run-checks.ts';

const now = new Date('2026-06-01T00:00:00Z');

describe('runChecks', () => {
  it('registers every check id once, each with texts', () => {
    expect(GATEWAY_CHECKS.map((c) => c.id).sort()).toEqual([...checkIdSchema.options].sort());
    for (const c of GATEWAY_CHECKS) expect(c.explanation && c.fix).toBeTruthy();
  });

  it('returns every finding of a gateway with its severity', () => {
    const item = inventoryItem({
      tags: [],
      details: { snatCount: 0, dnatCount: 0, eipCount: 1, deletionProtection: false },
    });
    expect(runChecks(item, now)).toEqual([
      { checkId: 'nat-no-snat', severity: 'medium', params: {} },
      { checkId: 'nat-eips-no-rules', severity: 'medium', params: { eips: 1 } },
      { checkId: 'nat-no-deletion-protection', severity: 'low', params: {} },
      { checkId: 'untagged', severity: 'low', params: {} },
    ]);
    expect(runChecks(inventoryItem(), now)).toEqual([]);
  });

  it('summarises how many gateways each check fired on', () => {
    const bad = inventoryItem({ tags: [] });
    const items = [bad, bad, inventoryItem()].map((i) => ({ ...i, findings: runChecks(i, now) }));
    const summary = summariseFindings(items);
    expect(summary).toHaveLength(GATEWAY_CHECKS.length);
    expect(summary.find((s) => s.checkId === 'untagged')).toEqual({
      checkId: 'untagged',
      severity: 'low',
      count: 2,
    });
    expect(summary.find((s) => s.checkId === 'nat-no-snat')?.count).toBe(0);
  });
});
