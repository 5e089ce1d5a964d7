import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_TOKEN_HEADER,
  DEMO_ACCESS_KEY,
  startEmulator,
  type RunningEmulator,
} from '@gc/emulator';
import { VpcClient } from '@gc/vpc-client';
import type { AuditEvent } from '../src/audit/audit-recorder.ts';
import { VPN_DESCRIBE_JOB, vpnDescribeJob } from '../src/services/vpn-describe-job.ts';
import { VpnGatewayService } from '../src/services/vpn-gateway-service.ts';
import { JobRunner } from '../src/store/job-runner.ts';
import { SqliteCoordinationStore } from '../src/store/sqlite-coordination-store.ts';

// CreateVpnGateway has no Description and a provisioning gateway refuses changes (REFERENCE
// §3.4, §4.4): the service sets it once the gateway is active.
let emulator: RunningEmulator;
let client: VpcClient;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timing: { mode: 'manual' }, logger: false });
  client = new VpcClient({ endpoint: emulator.url, credentials: { ...DEMO_ACCESS_KEY } });
});
afterAll(async () => {
  await client.close();
  await emulator.close();
});

async function admin(path: string, body?: unknown) {
  const res = await fetch(`${emulator.url}/_emulator${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [ADMIN_TOKEN_HEADER]: emulator.adminToken },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`emulator admin ${path}: ${res.status} ${await res.text()}`);
}

describe('VpnGatewayService description on create', () => {
  it('sets the description once a provisioning gateway becomes active', async () => {
    const warnings: object[] = [];
    const svc = new VpnGatewayService(client, { warn: (o) => void warnings.push(o) });
    const vpcs = await client.describeVpcs({ RegionId: 'cn-hangzhou' });
    const vpcId = vpcs.Vpcs.Vpc[0]?.VpcId ?? '';
    const gw = await svc.create(
      'cn-hangzhou',
      {
        vpcId,
        name: 'deferred-desc',
        description: 'set later',
        bandwidth: 10,
        networkType: 'public',
        enableIpsec: true,
        enableSsl: false,
      },
      'deferred-desc-token-1',
    );
    expect(gw).toMatchObject({ status: 'provisioning', description: '' });
    await admin('/advance');
    await svc.idle();
    expect(await svc.get('cn-hangzhou', gw.id)).toMatchObject({
      status: 'active',
      description: 'set later',
    });
    expect(warnings).toEqual([]);
  });
});

// The durable path (the app's job store; SQLite here, one instance): the description is a row, run
// by the runner once the gateway is active, and audited once as the user who created the gateway.
describe('the deferred VPN description as a durable job', () => {
  it('waits while the gateway provisions, then sets it and audits it once', async () => {
    const store = new SqliteCoordinationStore({ path: ':memory:' });
    const audited: AuditEvent[] = [];
    let clock = Date.now();
    const runner = new JobRunner(store, {
      owner: 'only',
      handlers: { [VPN_DESCRIBE_JOB]: vpnDescribeJob(client) },
      audit: { record: async (e) => void audited.push(e) },
      now: () => clock,
    });
    const queue = {
      enqueue: async (p: { regionId: string; id: string }) => {
        await runner.enqueue(VPN_DESCRIBE_JOB, `${VPN_DESCRIBE_JOB}:${p.id}`, p, { ttlMs: 60_000 });
      },
    };
    const svc = new VpnGatewayService(client, undefined, undefined, queue);
    const vpcId = (await client.describeVpcs({ RegionId: 'cn-hangzhou' })).Vpcs.Vpc[0]?.VpcId;
    const gw = await svc.create(
      'cn-hangzhou',
      {
        vpcId: vpcId ?? '',
        name: 'job-desc',
        description: 'set by the runner',
        bandwidth: 10,
        networkType: 'public',
        enableIpsec: true,
        enableSsl: false,
      },
      'job-desc-token-1',
      { user: 'alice', role: 'operator' },
    );
    const jobId = `${VPN_DESCRIBE_JOB}:${gw.id}`;
    expect(await runner.drain()).toBe(1);
    expect(await store.job(jobId)).toMatchObject({ state: 'queued', attempts: 1 });
    expect(audited).toEqual([]);
    await admin('/advance');
    clock += 5_000;
    expect(await runner.drain()).toBe(1);
    expect(await store.job(jobId)).toMatchObject({ state: 'done', attempts: 2 });
    expect(await svc.get('cn-hangzhou', gw.id)).toMatchObject({ description: 'set by the runner' });
    expect(audited).toMatchObject([
      {
        user: 'alice',
        action: 'ModifyVpnGatewayAttribute',
        resourceId: gw.id,
        outcome: 'success',
        params: { description: 'set by the runner', deferred: true },
      },
    ]);
    clock += 60_000;
    expect(await runner.drain()).toBe(0);
    await store.close();
  });

  it('gives up at the deadline and audits the failure once', async () => {
    const store = new SqliteCoordinationStore({ path: ':memory:' });
    const audited: AuditEvent[] = [];
    const runner = new JobRunner(store, {
      owner: 'only',
      handlers: { [VPN_DESCRIBE_JOB]: vpnDescribeJob(client) },
      audit: { record: async (e) => void audited.push(e) },
      now: () => 0,
    });
    const payload = { regionId: 'cn-hangzhou', id: 'vpn-doesnotexist0000', description: 'x' };
    await runner.enqueue(VPN_DESCRIBE_JOB, 'gone', payload, { ttlMs: 10_000 });
    expect(await runner.drain()).toBe(1);
    expect(await store.job('gone')).toMatchObject({ state: 'failed' });
    expect(audited).toMatchObject([{ outcome: 'failure', resourceId: 'vpn-doesnotexist0000' }]);
    await store.close();
  });
});
