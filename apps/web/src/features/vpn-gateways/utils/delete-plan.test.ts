import { describe, expect, it } from 'vitest';
import { buildDeletePlan, runDeletePlan, type DeletePlanIo, type StepState } from './delete-plan';
import { connectionFixture, vpnGatewayFixture } from '../testing/vpn.fixture';

function io(overrides: Partial<DeletePlanIo> = {}) {
  const log: string[] = [];
  const states: [number, StepState][] = [];
  const pendingChecks = new Map<string, number>();
  const base: DeletePlanIo = {
    deleteConnection: async (id) => void log.push(`delete ${id}`),
    deleteGateway: async (id) => void log.push(`delete ${id}`),
    settled: async (id) => {
      const n = (pendingChecks.get(id) ?? 0) + 1;
      pendingChecks.set(id, n);
      log.push(`check ${id}`);
      return n >= 2;
    },
    sleep: async (ms) => void log.push(`sleep ${ms}`),
    onStep: (i, s) => void states.push([i, s]),
    ...overrides,
  };
  return { io: base, log, states };
}

describe('delete plan', () => {
  const gateway = vpnGatewayFixture();
  const plan = buildDeletePlan(gateway, [
    connectionFixture({ id: 'vco-1', name: 'a' }),
    connectionFixture({ id: 'vco-2', name: '' }),
  ]);

  it('lists every connection, then the gateway', () => {
    expect(plan.map((s) => `${s.kind}:${s.name}`)).toEqual([
      'connection:a',
      'connection:vco-2',
      `gateway:${gateway.name}`,
    ]);
  });

  it('deletes one step at a time, waiting for each connection to settle', async () => {
    const { io: fake, log, states } = io();
    await runDeletePlan(plan, fake);
    expect(log).toEqual([
      'delete vco-1',
      'check vco-1',
      'sleep 1000',
      'check vco-1',
      'delete vco-2',
      'check vco-2',
      'sleep 1000',
      'check vco-2',
      `delete ${gateway.id}`,
    ]);
    expect(states.filter(([, s]) => s === 'done').map(([i]) => i)).toEqual([0, 1, 2]);
  });

  it('stops at a failure, marks it, and resumes from that step', async () => {
    const refused = Object.assign(new Error('busy'), { status: 409 });
    const { io: failing, states } = io({
      deleteGateway: async () => {
        throw refused;
      },
    });
    await expect(runDeletePlan(plan, failing)).rejects.toBe(refused);
    expect(states.at(-1)).toEqual([2, 'failed']);
    const { io: ok, log } = io();
    await runDeletePlan(plan, ok, 2);
    expect(log).toEqual([`delete ${gateway.id}`]);
  });

  it('treats a connection that is already gone as deleted', async () => {
    const gone = Object.assign(new Error('not found'), { status: 404 });
    const { io: fake, states } = io({
      deleteConnection: async () => {
        throw gone;
      },
      settled: async () => true,
    });
    await runDeletePlan(plan, fake);
    expect(states.at(-1)).toEqual([2, 'done']);
  });
});
