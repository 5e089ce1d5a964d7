import { describe, expect, it } from 'vitest';
import { expiringSoonCheck, untaggedCheck } from './common-checks.ts';
import { inventoryItem } from './inventory-item.fixture.ts';

const now = new Date('2026-06-01T00:00:00Z');

describe('untaggedCheck', () => {
  it('fires on any gateway type without tags', () => {
    expect(untaggedCheck.run(inventoryItem({ type: 'ipv6', tags: [] }), now)).toEqual({});
    expect(untaggedCheck.run(inventoryItem(), now)).toBeUndefined();
  });
});

describe('expiringSoonCheck', () => {
  it('fires within 30 days with the days left', () => {
    const item = inventoryItem({ expiresAt: '2026-06-13T00:00:00Z' });
    expect(expiringSoonCheck.run(item, now)).toEqual({ days: 12, expiresAt: item.expiresAt });
    const edge = inventoryItem({ expiresAt: '2026-07-01T00:00:00Z' });
    expect(expiringSoonCheck.run(edge, now)).toEqual({ days: 30, expiresAt: edge.expiresAt });
  });
  it('reports an ended subscription with negative days', () => {
    const item = inventoryItem({ expiresAt: '2026-05-30T00:00:00Z' });
    expect(expiringSoonCheck.run(item, now)).toMatchObject({ days: -2 });
  });
  it('is silent beyond 30 days, without an end, or with an unreadable end', () => {
    expect(expiringSoonCheck.run(inventoryItem({ expiresAt: '2026-07-02T00:00:01Z' }), now)).toBe(
      undefined,
    );
    expect(expiringSoonCheck.run(inventoryItem(), now)).toBeUndefined();
    expect(expiringSoonCheck.run(inventoryItem({ expiresAt: 'soon' }), now)).toBeUndefined();
  });
});
