import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  customerGatewaySchema,
  errorBodySchema,
  vpnConnectionSchema,
  vpnGatewayPageSchema,
  type VpnConnection,
} from '@gc/contracts';
import type { AuditEvent } from '../src/audit/audit-recorder.ts';
import { startHarness, type Agent, type Harness } from './harness.ts';

// Dual-tunnel connections and edits through the BFF against the emulator (issue 12).
const R = '/api/regions/cn-hangzhou';
const PSK = 'Dual-Secret-Psk-777';
const events: AuditEvent[] = [];
let h: Harness;
let op: Agent;
let dualGw = '';
let singleGw = '';

beforeAll(async () => {
  h = await startHarness({ audit: { record: async (e) => void events.push(e) } });
  op = await h.operator();
  const gws = vpnGatewayPageSchema.parse((await op.get(`${R}/vpn-gateways`)).body).items;
  dualGw = gws.find((g) => g.disasterRecoveryInternetIp !== '')?.id ?? '';
  singleGw = gws.find((g) => g.disasterRecoveryInternetIp === '')?.id ?? '';
});
afterAll(() => h.close());

// Reads are cached up to 2 s in the BFF: poll until the change shows.
async function connUntil(id: string, done: (c: VpnConnection) => boolean): Promise<VpnConnection> {
  for (let i = 0; ; i += 1) {
    const c = vpnConnectionSchema.parse((await op.get(`${R}/vpn-connections/${id}`)).body);
    if (done(c) || i >= 30) return c;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const fieldsOf = (body: unknown) =>
  errorBodySchema.parse(body).error.fields?.map((f) => f.path) ?? [];

async function cgw(ip: string): Promise<string> {
  const res = await op.request('POST', `${R}/customer-gateways`, {
    body: { ipAddress: ip, asn: '65100' },
    idempotencyKey: `cgw-${ip}`,
  });
  return customerGatewaySchema.parse(res.body).id;
}

describe('dual-tunnel connections through the BFF', () => {
  let id = '';
  let a = '';
  let b = '';

  it('creates one with a master and a slave; both tunnels up, the master carries traffic', async () => {
    [a, b] = [await cgw('203.0.113.121'), await cgw('203.0.113.122')];
    const res = await op.request('POST', `${R}/vpn-connections`, {
      body: {
        vpnGatewayId: dualGw,
        name: 'bff-dual',
        localSubnet: '10.20.0.0/16',
        remoteSubnet: '192.168.70.0/24',
        effectImmediately: true,
        tunnels: [
          {
            role: 'master',
            customerGatewayId: a,
            psk: PSK,
            bgpConfig: { tunnelCidr: '169.254.30.0/30' },
          },
          {
            role: 'slave',
            customerGatewayId: b,
            bgpConfig: { tunnelCidr: '169.254.31.0/30', localAsn: 65031 },
          },
        ],
      },
      idempotencyKey: 'vco-dual-1',
    });
    expect(res.status).toBe(201);
    const c = vpnConnectionSchema.parse(res.body);
    id = c.id;
    expect(c.tunnelMode).toBe('dual');
    expect(c.enableTunnelsBgp).toBe(true);
    expect(c.tunnels.map((t) => [t.role, t.customerGatewayId, t.status])).toEqual([
      ['master', a, 'ipsec_sa_established'],
      ['slave', b, 'ipsec_sa_established'],
    ]);
    expect(c.tunnels[1]?.bgpConfig).toMatchObject({ localAsn: 65031, peerAsn: 65100 });
    expect(c.activeTunnelId).toBe(c.tunnels[0]?.id);
    expect(JSON.stringify(res.body)).not.toContain(PSK);
    const audited = events.find(
      (e) => e.action === 'CreateVpnConnection' && JSON.stringify(e).includes('bff-dual'),
    );
    expect(JSON.stringify(audited)).not.toContain(PSK);
    expect(JSON.stringify(audited)).toContain('"keyOrigin":"entered"');
  });

  it('shows the failover when the master peer goes down, and back', async () => {
    const before = vpnConnectionSchema.parse((await op.get(`${R}/vpn-connections/${id}`)).body);
    const [master, slave] = before.tunnels;
    await h.admin('POST', `/vpn/tunnels/${master?.id}/peer`, { up: false });
    const down = await connUntil(id, (c) => c.activeTunnelId !== master?.id);
    expect([down.tunnels[0]?.status, down.activeTunnelId]).toEqual([
      'ike_sa_not_established',
      slave?.id,
    ]);
    await h.admin('POST', `/vpn/tunnels/${master?.id}/peer`, { up: true });
    const back = await connUntil(id, (c) => c.activeTunnelId === master?.id);
    expect(back.activeTunnelId).toBe(master?.id);
  });

  it('edits the remote subnets and a tunnel key without auditing the key', async () => {
    const c = vpnConnectionSchema.parse((await op.get(`${R}/vpn-connections/${id}`)).body);
    const res = await op.request('PATCH', `${R}/vpn-connections/${id}`, {
      body: {
        remoteSubnet: '192.168.70.0/24, 192.168.71.0/24',
        tunnels: [{ id: c.tunnels[1]?.id, psk: 'Rotated-Psk-1', enableDpd: false }],
      },
    });
    expect(res.status).toBe(200);
    const edited = vpnConnectionSchema.parse(res.body);
    expect(edited.remoteSubnets).toEqual(['192.168.70.0/24', '192.168.71.0/24']);
    expect(edited.tunnels[1]?.enableDpd).toBe(false);
    const audited = events.filter((e) => e.action === 'ModifyVpnConnectionAttribute');
    expect(JSON.stringify(audited)).not.toContain('Rotated-Psk-1');
    const tunnel = await op.request(
      'PATCH',
      `${R}/vpn-connections/${id}/tunnels/${c.tunnels[0]?.id}`,
      {
        body: { ikeConfig: { ikePfs: 'group14' } },
      },
    );
    expect(tunnel.status).toBe(200);
    expect(vpnConnectionSchema.parse(tunnel.body).tunnels[0]?.ikeConfig.ikePfs).toBe('group14');
  });

  it('puts documented subnet codes and wrong-form refusals on the fields; busy is 409', async () => {
    const bad = await op.request('PATCH', `${R}/vpn-connections/${id}`, {
      body: { localSubnet: '10.0.0.1/8' },
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['localSubnet']);
    const wrong = await op.request('POST', `${R}/vpn-connections`, {
      body: {
        vpnGatewayId: dualGw,
        customerGatewayId: a,
        localSubnet: '10.1.0.0/16',
        remoteSubnet: '10.2.0.0/16',
      },
      idempotencyKey: 'vco-dual-wrong',
    });
    expect([wrong.status, errorBodySchema.parse(wrong.body).error.code]).toEqual([
      400,
      'OperationUnsupported.DualTunnelGateway',
    ]);
    const single = await op.request('POST', `${R}/vpn-connections`, {
      body: {
        vpnGatewayId: singleGw,
        localSubnet: '10.1.0.0/16',
        remoteSubnet: '10.2.0.0/16',
        tunnels: [
          { role: 'master', customerGatewayId: a },
          { role: 'slave', customerGatewayId: a },
        ],
      },
      idempotencyKey: 'vco-single-wrong',
    });
    expect(errorBodySchema.parse(single.body).error.code).toBe(
      'OperationUnsupported.SingleTunnelGateway',
    );
    await h.admin('PUT', '/timing', { mode: 'manual' });
    try {
      expect(
        (await op.request('PATCH', `${R}/vpn-connections/${id}`, { body: { name: 'n1' } })).status,
      ).toBe(200);
      const busy = await op.request('PATCH', `${R}/vpn-connections/${id}`, {
        body: { name: 'n2' },
      });
      expect([busy.status, errorBodySchema.parse(busy.body).error.code]).toEqual([
        409,
        'VpnGateway.Configuring',
      ]);
    } finally {
      await h.admin('PUT', '/timing', { mode: 'immediate' });
      await h.admin('POST', '/advance');
    }
  });

  it('edits a customer gateway; the auth key is neither returned nor audited; auditors cannot edit', async () => {
    const res = await op.request('PATCH', `${R}/customer-gateways/${b}`, {
      body: { name: 'Backup router', authKey: 'Bgp-Key-99' },
    });
    expect(res.status).toBe(200);
    expect(customerGatewaySchema.parse(res.body).name).toBe('Backup router');
    expect(JSON.stringify(res.body)).not.toContain('Bgp-Key-99');
    const audited = events.filter((e) => e.action === 'ModifyCustomerGatewayAttribute');
    expect(JSON.stringify(audited)).not.toContain('Bgp-Key-99');
    const auditor = await h.auditor();
    const refused = await auditor.request('PATCH', `${R}/vpn-connections/${id}`, {
      body: { name: 'x' },
    });
    expect(refused.status).toBe(403);
    const seen = vpnConnectionSchema.parse((await auditor.get(`${R}/vpn-connections/${id}`)).body);
    expect(seen.tunnels).toHaveLength(2);
  });
});
