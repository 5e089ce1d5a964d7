import { describe, expect, it } from 'vitest';
import type { InventoryDetails } from '@gc/contracts';
import { inventoryItem } from './inventory-item.fixture.ts';
import { natEipsNoRulesCheck, natNoDeletionProtectionCheck, natNoSnatCheck } from './nat-checks.ts';

const now = new Date('2026-06-01T00:00:00Z');
const nat = (details: InventoryDetails) => inventoryItem({ details });

describe('natNoSnatCheck', () => {
  it('fires on zero SNAT entries only', () => {
    expect(natNoSnatCheck.run(nat({ snatCount: 0 }), now)).toEqual({});
    expect(natNoSnatCheck.run(nat({ snatCount: 2 }), now)).toBeUndefined();
  });
  it('stays silent when the count is unknown or the gateway is not NAT', () => {
    expect(natNoSnatCheck.run(nat({ snatCount: null }), now)).toBeUndefined();
    const vpn = inventoryItem({ type: 'vpn', details: { snatCount: 0 } });
    expect(natNoSnatCheck.run(vpn, now)).toBeUndefined();
  });
});

describe('natEipsNoRulesCheck', () => {
  it('fires with the EIP count when there is neither SNAT nor DNAT', () => {
    expect(natEipsNoRulesCheck.run(nat({ eipCount: 2, snatCount: 0, dnatCount: 0 }), now)).toEqual({
      eips: 2,
    });
  });
  it('does not fire with any rule, without EIPs, or with an unknown count', () => {
    expect(natEipsNoRulesCheck.run(nat({ eipCount: 2, snatCount: 0, dnatCount: 1 }), now)).toBe(
      undefined,
    );
    expect(natEipsNoRulesCheck.run(nat({ eipCount: 0, snatCount: 0, dnatCount: 0 }), now)).toBe(
      undefined,
    );
    expect(
      natEipsNoRulesCheck.run(nat({ eipCount: 1, snatCount: null, dnatCount: 0 }), now),
    ).toBeUndefined();
  });
});

describe('natNoDeletionProtectionCheck', () => {
  it('fires when protection is off, not when on or unknown', () => {
    expect(natNoDeletionProtectionCheck.run(nat({ deletionProtection: false }), now)).toEqual({});
    expect(natNoDeletionProtectionCheck.run(nat({ deletionProtection: true }), now)).toBe(
      undefined,
    );
    expect(natNoDeletionProtectionCheck.run(nat({}), now)).toBeUndefined();
  });
});
