import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  customerGatewayListSchema,
  customerGatewaySchema,
  errorBodySchema,
  peerConfigSchema,
  vpcListSchema,
  vpnConnectionListSchema,
  vpnConnectionSchema,
  vpnGatewayPageSchema,
  vpnGatewaySchema,
} from '@gc/contracts';
import type { AuditEvent } from '../src/audit/audit-recorder.ts';
import { startHarness, type Agent, type Harness } from './harness.ts';

const R = '/api/regions/cn-hangzhou';
const PSK = 'Sup3r-Secret-Psk-4242';
const events: AuditEvent[] = [];
let h: Harness;
let op: Agent;
let vpcId: string;

beforeAll(async () => {
  h = await startHarness({ audit: { record: async (e) => void events.push(e) } });
  op = await h.operator();
  vpcId = vpcListSchema.parse((await op.get(`${R}/vpcs`)).body).items[0]?.id ?? '';
});
afterAll(() => h.close());

const fieldsOf = (body: unknown) =>
  errorBodySchema.parse(body).error.fields?.map((f) => f.path) ?? [];

describe('VPN gateways', () => {
  it('lists the seed with contract-shaped items and filters by status and q', async () => {
    const page = vpnGatewayPageSchema.parse((await op.get(`${R}/vpn-gateways`)).body);
    expect(page.total).toBeGreaterThan(0);
    const first = page.items[0];
    expect(first).toMatchObject({ regionId: 'cn-hangzhou', status: 'active' });
    expect(first?.bandwidth).toBeGreaterThan(0);
    const byQ = vpnGatewayPageSchema.parse(
      (await op.get(`${R}/vpn-gateways?q=${first?.id.slice(0, 10).toUpperCase()}`)).body,
    );
    expect(byQ.items.map((g) => g.id)).toContain(first?.id);
    const none = vpnGatewayPageSchema.parse(
      (await op.get(`${R}/vpn-gateways?status=deleting`)).body,
    );
    expect(none.items.every((g) => g.status === 'deleting')).toBe(true);
    const bad = await op.get(`${R}/vpn-gateways?status=Active&vpcId=nope`);
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body).sort()).toEqual(['status', 'vpcId']);
  });

  it('refuses a bandwidth the region does not offer, on the field, before any upstream call', async () => {
    const res = await op.request('POST', `${R}/vpn-gateways`, {
      body: { vpcId, name: 'bw-test', bandwidth: 10, networkType: 'private' },
      idempotencyKey: 'vpn-bw-key-1',
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['bandwidth']);
  });
});

describe('the VPN journey: gateway, customer gateway, connection, peer config, delete', () => {
  let gwId = '';
  let cgwId = '';
  let vcoId = '';

  it('creates a gateway idempotently, with its description', async () => {
    const body = { vpcId, name: 'flow-vpn', bandwidth: 10, description: 'branch link' };
    const first = await op.request('POST', `${R}/vpn-gateways`, {
      body,
      idempotencyKey: 'vpn-create-key-1',
    });
    expect(first.status).toBe(201);
    const gw = vpnGatewaySchema.parse(first.body);
    gwId = gw.id;
    const again = await op.request('POST', `${R}/vpn-gateways`, {
      body,
      idempotencyKey: 'vpn-create-key-1',
    });
    expect(vpnGatewaySchema.parse(again.body).id).toBe(gwId);
    const read = vpnGatewaySchema.parse((await op.get(`${R}/vpn-gateways/${gwId}`)).body);
    expect(read).toMatchObject({ status: 'active', description: 'branch link', bandwidth: 10 });
    expect(read.ipsecEnabled).toBe(true);
    const renamed = await op.request('PATCH', `${R}/vpn-gateways/${gwId}`, {
      body: { name: 'flow-vpn-2' },
    });
    expect(vpnGatewaySchema.parse(renamed.body).name).toBe('flow-vpn-2');
  });

  it('registers a customer gateway and refuses a second one with the same IP on ipAddress', async () => {
    const res = await op.request('POST', `${R}/customer-gateways`, {
      body: { ipAddress: '198.51.100.77', asn: '65077', name: 'flow-office' },
      idempotencyKey: 'cgw-create-key-1',
    });
    expect(res.status).toBe(201);
    const cgw = customerGatewaySchema.parse(res.body);
    expect(cgw).toMatchObject({ ipAddress: '198.51.100.77', asn: 65077, connectionIds: [] });
    cgwId = cgw.id;
    const dup = await op.request('POST', `${R}/customer-gateways`, {
      body: { ipAddress: '198.51.100.77' },
      idempotencyKey: 'cgw-create-key-2',
    });
    expect(dup.status).toBe(400);
    expect(fieldsOf(dup.body)).toEqual(['ipAddress']);
  });

  it('names the subnet field when a CIDR is bad', async () => {
    const res = await op.request('POST', `${R}/vpn-connections`, {
      body: {
        vpnGatewayId: gwId,
        customerGatewayId: cgwId,
        localSubnet: '10.0.0.0/8',
        remoteSubnet: '192.168.1.1/24',
      },
      idempotencyKey: 'vco-bad-key-1',
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['remoteSubnet']);
  });

  it('creates a connection with an entered key that never shows in responses, logs or audit', async () => {
    const res = await op.request('POST', `${R}/vpn-connections`, {
      body: {
        vpnGatewayId: gwId,
        customerGatewayId: cgwId,
        name: 'flow-tunnel',
        localSubnet: '10.0.0.0/16',
        remoteSubnet: '192.168.50.0/24, 192.168.51.0/24',
        psk: PSK,
        ikeConfig: {
          ikeVersion: 'ikev2',
          ikeEncAlg: 'aes256',
          ikeAuthAlg: 'sha256',
          ikePfs: 'group14',
        },
      },
      idempotencyKey: 'vco-create-key-1',
    });
    expect(res.status).toBe(201);
    const conn = vpnConnectionSchema.parse(res.body);
    vcoId = conn.id;
    expect(conn.remoteSubnets).toEqual(['192.168.50.0/24', '192.168.51.0/24']);
    expect(conn.ikeConfig).toMatchObject({ ikeVersion: 'ikev2', ikeEncAlg: 'aes256' });
    const list = vpnConnectionListSchema.parse(
      (await op.get(`${R}/vpn-connections?vpnGatewayId=${gwId}`)).body,
    );
    expect(list.items.map((c) => c.id)).toEqual([vcoId]);
    const cgws = customerGatewayListSchema.parse((await op.get(`${R}/customer-gateways`)).body);
    expect(cgws.items.find((c) => c.id === cgwId)?.connectionIds).toEqual([vcoId]);
    const created = events.find((e) => e.action === 'CreateVpnConnection');
    expect(created?.params).toMatchObject({ keyOrigin: 'entered' });
    expect(JSON.stringify(events)).not.toContain(PSK);
    expect(h.logs.join('\n')).not.toContain(PSK);
    expect(JSON.stringify(await op.get(`${R}/vpn-connections/${vcoId}`))).not.toContain(PSK);
  });

  it('hands the peer configuration to operators, with the key masked for auditors', async () => {
    const res = await op.get(`${R}/vpn-connections/${vcoId}/peer-config`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const cfg = peerConfigSchema.parse(res.body);
    expect(cfg).toMatchObject({ fileName: `${vcoId}-peer-config.txt`, includesPsk: true });
    expect(cfg.content).toContain(PSK);
    expect(cfg.content).toContain('leftsubnet=192.168.50.0/24,192.168.51.0/24');
    expect(cfg.content).toContain('ike=aes256-sha256-modp2048!');
    const auditor = await h.auditor();
    const masked = peerConfigSchema.parse(
      (await auditor.get(`${R}/vpn-connections/${vcoId}/peer-config`)).body,
    );
    expect(masked.includesPsk).toBe(false);
    expect(masked.content).not.toContain(PSK);
    expect(h.logs.join('\n')).not.toContain(PSK);
  });

  it('refuses deletes out of dependency order with 409, then deletes in order', async () => {
    const gwFirst = await op.request('DELETE', `${R}/vpn-gateways/${gwId}`);
    expect(gwFirst.status).toBe(409);
    expect(errorBodySchema.parse(gwFirst.body).error.code).toBe(
      'DependencyViolation.VpnConnection',
    );
    const cgwFirst = await op.request('DELETE', `${R}/customer-gateways/${cgwId}`);
    expect(cgwFirst.status).toBe(409);
    expect((await op.request('DELETE', `${R}/vpn-connections/${vcoId}`)).status).toBe(204);
    expect((await op.request('DELETE', `${R}/vpn-gateways/${gwId}`)).status).toBe(204);
    expect((await op.request('DELETE', `${R}/customer-gateways/${cgwId}`)).status).toBe(204);
    expect((await op.get(`${R}/vpn-gateways/${gwId}`)).status).toBe(404);
    expect((await op.get(`${R}/customer-gateways/${cgwId}`)).status).toBe(404);
  });
});

describe('roles and busy gateways', () => {
  it('lets auditors read but not change anything', async () => {
    const auditor = await h.auditor();
    expect((await auditor.get(`${R}/vpn-gateways`)).status).toBe(200);
    expect((await auditor.get(`${R}/customer-gateways`)).status).toBe(200);
    const res = await auditor.request('POST', `${R}/customer-gateways`, {
      body: { ipAddress: '198.51.100.99' },
      idempotencyKey: 'cgw-auditor-key-1',
    });
    expect(res.status).toBe(403);
  });

  it('answers 409 VpnGateway.Configuring while the gateway applies another change', async () => {
    await h.admin('PUT', '/timing', { mode: 'manual' });
    try {
      // A single-tunnel gateway: dual-tunnel ones refuse this form since issue 12.
      const gw = vpnGatewayPageSchema
        .parse((await op.get(`${R}/vpn-gateways?status=active`)).body)
        .items.find((g) => g.disasterRecoveryInternetIp === '');
      const cgws = customerGatewayListSchema.parse((await op.get(`${R}/customer-gateways`)).body);
      const free = cgws.items.filter((c) => c.connectionIds.length === 0);
      const body = (cgw: string) => ({
        vpnGatewayId: gw?.id,
        customerGatewayId: cgw,
        localSubnet: '10.9.0.0/16',
        remoteSubnet: '172.31.0.0/24',
      });
      const first = await op.request('POST', `${R}/vpn-connections`, {
        body: body(free[0]?.id ?? ''),
        idempotencyKey: 'vco-busy-key-1',
      });
      expect(first.status).toBe(201);
      expect(
        vpnGatewaySchema.parse((await op.get(`${R}/vpn-gateways/${gw?.id}`)).body).status,
      ).toBe('updating');
      const second = await op.request('POST', `${R}/vpn-connections`, {
        body: body(free[1]?.id ?? free[0]?.id ?? ''),
        idempotencyKey: 'vco-busy-key-2',
      });
      expect(second.status).toBe(409);
      expect(errorBodySchema.parse(second.body).error.code).toBe('VpnGateway.Configuring');
    } finally {
      await h.admin('PUT', '/timing', { mode: 'immediate' });
      await h.admin('POST', '/advance');
    }
  });
});
