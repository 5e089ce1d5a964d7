import type { Ipv6Address } from '@gc/contracts';
import { describe, expect, it } from 'vitest';
import { runPlan, type StepState } from '../../../lib/delete-plan';
import { buildDeletePlan } from './delete-plan';

const addr = (id: string, bw?: number): Ipv6Address => ({
  id,
  address: `2408::${id}`,
  name: '',
  description: '',
  status: 'Available',
  regionId: 'cn-hangzhou',
  vpcId: 'vpc-1',
  vSwitchId: 'vsw-1',
  ipv6GatewayId: 'ipv6gw-1',
  instanceId: 'i-1',
  instanceType: 'EcsInstance',
  networkType: bw ? 'Public' : 'Private',
  allocationTime: '',
  internetBandwidth: bw
    ? {
        id: `bw-${id}`,
        bandwidth: bw,
        internetChargeType: 'PayByBandwidth',
        instanceChargeType: '',
        businessStatus: '',
      }
    : undefined,
  tags: [],
});

describe('delete plan', () => {
  it('releases every bandwidth, then deletes the gateway', () => {
    const plan = buildDeletePlan('ipv6gw-1', [addr('a', 10), addr('b'), addr('c', 5)]);
    expect(plan.map((s) => (s.kind === 'release' ? s.address.id : s.kind))).toEqual([
      'a',
      'c',
      'delete',
    ]);
    expect(buildDeletePlan('ipv6gw-1', [addr('b')])).toEqual([
      { kind: 'delete', gatewayId: 'ipv6gw-1' },
    ]);
  });

  it('runs in order, stops at a failure and resumes from it', async () => {
    const plan = buildDeletePlan('ipv6gw-1', [addr('a', 10), addr('c', 5)]);
    const log: string[] = [];
    let fail = true;
    const run = async (s: (typeof plan)[number]) => {
      if (s.kind === 'release' && s.address.id === 'c' && fail) throw new Error('boom');
      log.push(s.kind === 'release' ? s.address.id : 'delete');
    };
    const states: [number, StepState][] = [];
    const report = (i: number, st: StepState) => void states.push([i, st]);
    expect(await runPlan(plan, 0, run, report)).toBe(1);
    expect(log).toEqual(['a']);
    expect(states.at(-1)).toEqual([1, 'failed']);
    fail = false;
    expect(await runPlan(plan, 1, run, report)).toBe(-1);
    expect(log).toEqual(['a', 'c', 'delete']);
  });
});
