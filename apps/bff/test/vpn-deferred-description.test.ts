import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_TOKEN_HEADER,
  DEMO_ACCESS_KEY,
  startEmulator,
  type RunningEmulator,
} from '@gc/emulator';
import { VpcClient } from '@gc/vpc-client';
import { VpnGatewayService } from '../src/services/vpn-gateway-service.ts';

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
