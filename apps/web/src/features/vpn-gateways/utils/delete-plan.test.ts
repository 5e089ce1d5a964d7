import { describe, expect, it } from 'vitest';
import { runPlan } from '../../../lib/delete-plan';
import {
  buildDeletePlan,
  runDeleteStep,
  type DeletePlanIo,
  type DeleteStep,
  type StepState,
} from './delete-plan';
import { connectionFixture, vpnGatewayFixture } from '../testing/vpn.fixture';

function io(overrides: Partial<DeletePlanIo> = {}) {
  const log: string[] = [];
  const states: [number, StepState][] = [];
  const errors: unknown[] = [];
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
    ...overrides,
  };
  const run = (steps: DeleteStep[], from = 0) =>
    runPlan(
      steps,
      from,
      (s) => runDeleteStep(s, base),
      (i, s, error) => {
        states.push([i, s]);
        if (error !== undefined) errors.push(error);
      },
    );
  return { run, log, states, errors };
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
    const { run, log, states } = io();
    expect(await run(plan)).toBe(-1);
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
    const failing = io({
      deleteGateway: async () => {
        throw refused;
      },
    });
    expect(await failing.run(plan)).toBe(2);
    expect(failing.errors).toEqual([refused]);
    expect(failing.states.at(-1)).toEqual([2, 'failed']);
    const ok = io();
    await ok.run(plan, 2);
    expect(ok.log).toEqual([`delete ${gateway.id}`]);
  });

  it('treats a connection that is already gone as deleted', async () => {
    const gone = Object.assign(new Error('not found'), { status: 404 });
    const { run, states } = io({
      deleteConnection: async () => {
        throw gone;
      },
      settled: async () => true,
    });
    await run(plan);
    expect(states.at(-1)).toEqual([2, 'done']);
  });

  it("deletes a connection's routes first, waiting for the gateway between changes", async () => {
    const gone = Object.assign(new Error('not found'), { status: 404 });
    let active = 0;
    const { run, log } = io({
      routesVia: async (id) =>
        id === 'vco-1'
          ? [
              {
                kind: 'pbr',
                key: {
                  source: '10.0.0.0/24',
                  destination: '10.9.0.0/16',
                  nextHop: id,
                  weight: 100,
                },
              },
              { kind: 'dbr', key: { destination: '10.8.0.0/16', nextHop: id, weight: 0 } },
            ]
          : [],
      deleteRoute: async (r) => {
        log.push(`delete ${r.kind} ${r.key.destination}`);
        if (r.kind === 'dbr') throw gone;
      },
      gatewayActive: async () => {
        active += 1;
        log.push('gateway?');
        return active % 2 === 0;
      },
    });
    await run(plan.slice(0, 1));
    expect(log.slice(0, 10)).toEqual([
      'gateway?',
      'sleep 1000',
      'gateway?',
      'delete pbr 10.9.0.0/16',
      'gateway?',
      'sleep 1000',
      'gateway?',
      'delete dbr 10.8.0.0/16',
      'gateway?',
      'sleep 1000',
    ]);
    expect(log.slice(10)).toEqual([
      'gateway?',
      'delete vco-1',
      'check vco-1',
      'sleep 1000',
      'check vco-1',
    ]);
  });

  it('deletes the SSL-VPN and IPsec servers first, each between two waits for the gateway', async () => {
    const withServers = buildDeletePlan(
      gateway,
      [connectionFixture({ id: 'vco-1', name: 'a' })],
      [
        { kind: 'sslServer', id: 'vss-1', name: 'staff' },
        { kind: 'ipsecServer', id: 'iss-1', name: '' },
      ],
    );
    expect(withServers.map((s) => `${s.kind}:${s.name}`)).toEqual([
      'sslServer:staff',
      'ipsecServer:iss-1',
      'connection:a',
      `gateway:${gateway.name}`,
    ]);
    let busy = false;
    const gone = Object.assign(new Error('gone'), { status: 404 });
    const { run, log } = io({
      gatewayActive: async () => {
        log.push(busy ? 'gateway busy' : 'gateway active');
        const was = busy;
        busy = false;
        return !was;
      },
      deleteServer: async (kind, id) => {
        log.push(`delete ${kind} ${id}`);
        busy = true;
        if (kind === 'ipsecServer') throw gone;
      },
    });
    expect(await run(withServers.slice(0, 2))).toBe(-1);
    expect(log).toEqual([
      'gateway active',
      'delete sslServer vss-1',
      'gateway busy',
      'sleep 1000',
      'gateway active',
      'gateway active',
      'delete ipsecServer iss-1',
      'gateway busy',
      'sleep 1000',
      'gateway active',
    ]);
  });
});
