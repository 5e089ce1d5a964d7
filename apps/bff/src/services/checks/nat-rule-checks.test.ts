import { describe, expect, it } from 'vitest';
import type { InventoryDetails } from '@gc/contracts';
import { DEFAULT_CHECK_SETTINGS } from './check-settings.ts';
import { inventoryItem } from './inventory-item.fixture.ts';
import {
  natDnatRiskyPortCheck,
  natEipUnusedCheck,
  natSnatMixedBandwidthCheck,
  natVpcNotAllowedCheck,
  riskyPortsOf,
} from './nat-rule-checks.ts';

const now = new Date('2026-06-01T00:00:00Z');
const nat = (details: InventoryDetails) => inventoryItem({ details });
const dnat = (externalPort: string, id = 'fwd-1') => ({
  id,
  externalIp: '47.0.0.1',
  externalPort,
  internalIp: '10.0.0.5',
  ipProtocol: 'TCP',
});
const eip = (ipAddress: string, bandwidth: number | null) => ({
  allocationId: `eip-${ipAddress}`,
  ipAddress,
  bandwidth,
  deletionProtection: false,
});

describe('riskyPortsOf', () => {
  it('reads single ports, ranges and Any', () => {
    expect(riskyPortsOf('22', [22, 3389])).toEqual([22]);
    expect(riskyPortsOf('3000/4000', [22, 3306, 3389])).toEqual([3306, 3389]);
    expect(riskyPortsOf('Any', [22, 23])).toEqual([22, 23]);
    expect(riskyPortsOf('80', [22])).toEqual([]);
  });
});

describe('natDnatRiskyPortCheck', () => {
  it('fires with the entries and ports that are risky', () => {
    const item = nat({ dnatEntries: [dnat('3389'), dnat('443', 'fwd-2')] });
    expect(natDnatRiskyPortCheck.run(item, now)).toEqual({
      count: 1,
      entries: 'fwd-1 47.0.0.1:3389→10.0.0.5',
      ports: '3389',
    });
  });
  it('takes the configured port list, and is silent on intranet gateways or unknown entries', () => {
    const item = nat({ dnatEntries: [dnat('443')] });
    const settings = { ...DEFAULT_CHECK_SETTINGS, riskyPorts: [443] };
    expect(natDnatRiskyPortCheck.run(item, now, settings)).toMatchObject({ ports: '443' });
    const intranet = nat({ networkType: 'intranet', dnatEntries: [dnat('22')] });
    expect(natDnatRiskyPortCheck.run(intranet, now)).toBeUndefined();
    expect(natDnatRiskyPortCheck.run(nat({ dnatEntries: null }), now)).toBeUndefined();
  });
});

describe('natEipUnusedCheck', () => {
  const eips = [eip('1.1.1.1', 5), eip('1.1.1.2', 5), eip('1.1.1.3', 5)];
  it('lists the EIPs no entry uses', () => {
    const item = nat({
      eips,
      snatEntries: [{ id: 'snat-1', snatIps: ['1.1.1.1'] }],
      dnatEntries: [{ ...dnat('80'), externalIp: '1.1.1.2' }],
    });
    expect(natEipUnusedCheck.run(item, now)).toEqual({
      count: 1,
      eips: '1.1.1.3 (eip-1.1.1.3)',
    });
  });
  it('leaves "no rules at all" to nat-eips-no-rules, and unknown lists alone', () => {
    expect(natEipUnusedCheck.run(nat({ eips, snatEntries: [], dnatEntries: [] }), now)).toBe(
      undefined,
    );
    expect(natEipUnusedCheck.run(nat({ eips, snatEntries: null, dnatEntries: [] }), now)).toBe(
      undefined,
    );
  });
});

describe('natSnatMixedBandwidthCheck', () => {
  it('fires on an SNAT entry over EIPs of different bandwidths', () => {
    const item = nat({
      eips: [eip('1.1.1.1', 50), eip('1.1.1.2', 100), eip('1.1.1.3', 50)],
      snatEntries: [
        { id: 'snat-mixed', snatIps: ['1.1.1.1', '1.1.1.2'] },
        { id: 'snat-same', snatIps: ['1.1.1.1', '1.1.1.3'] },
      ],
    });
    expect(natSnatMixedBandwidthCheck.run(item, now)).toEqual({
      count: 1,
      entries: 'snat-mixed (50/100 Mbit/s)',
    });
  });
  it('is silent for single-EIP entries and unknown bandwidths', () => {
    const item = nat({
      eips: [eip('1.1.1.1', 50), eip('1.1.1.2', null)],
      snatEntries: [{ id: 's', snatIps: ['1.1.1.1', '1.1.1.2'] }],
    });
    expect(natSnatMixedBandwidthCheck.run(item, now)).toBeUndefined();
  });
});

describe('natVpcNotAllowedCheck', () => {
  it('fires outside the allowed list, and never without one', () => {
    const settings = { ...DEFAULT_CHECK_SETTINGS, allowedVpcIds: ['vpc-ok'] };
    expect(natVpcNotAllowedCheck.run(inventoryItem(), now, settings)).toEqual({
      vpcId: 'vpc-fixture',
    });
    expect(natVpcNotAllowedCheck.run(inventoryItem({ vpcId: 'vpc-ok' }), now, settings)).toBe(
      undefined,
    );
    expect(natVpcNotAllowedCheck.run(inventoryItem(), now)).toBeUndefined();
  });
});
