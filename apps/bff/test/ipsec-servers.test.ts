import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorBodySchema,
  ipsecServerListSchema,
  ipsecServerLogsSchema,
  ipsecServerSchema,
  vpnGatewayPageSchema,
} from '@gc/contracts';
import type { AuditEvent } from '../src/audit/audit-recorder.ts';
import { startHarness, type Agent, type Harness } from './harness.ts';

const HZ = '/api/regions/cn-hangzhou';
const SG = '/api/regions/ap-southeast-1';
const PSK = 'Sup3r-Secret-Ipsec-Key';
const events: AuditEvent[] = [];
let h: Harness;
let op: Agent;

const gatewayId = async (region: string, name: string) => {
  const page = vpnGatewayPageSchema.parse((await op.get(`${region}/vpn-gateways`)).body);
  const gw = page.items.find((g) => g.name === name);
  if (!gw) throw new Error(`no VPN gateway ${name}`);
  return gw.id;
};
const list = async (region: string, query = '') =>
  ipsecServerListSchema.parse((await op.get(`${region}/ipsec-servers${query}`)).body).items;

beforeAll(async () => {
  // No read cache: the gateway's status changes between two reads.
  h = await startHarness({ cacheTtlMs: 0, audit: { record: async (e) => void events.push(e) } });
  op = await h.operator();
});
afterAll(() => h.close());

describe('IPsec servers', () => {
  it('lists the seeded server by gateway, without any key, for an auditor too', async () => {
    const sg = await gatewayId(SG, 'sg-partner-vpn');
    const auditor = await h.auditor();
    const res = await auditor.get(`${SG}/ipsec-servers?vpnGatewayId=${sg}`);
    expect(res.status).toBe(200);
    const [server] = ipsecServerListSchema.parse(res.body).items;
    expect(server).toMatchObject({
      name: 'sg-field-staff',
      vpnGatewayId: sg,
      clientIpPool: '172.30.0.0/24',
      pskEnabled: true,
      ikeConfig: { ikeVersion: 'ikev2' },
    });
    expect(res.text).not.toMatch(/psk"\s*:\s*"/i);
    const logs = await auditor.get(`${SG}/ipsec-servers/${server?.id}/logs`);
    expect(ipsecServerLogsSchema.parse(logs.body).lines).toHaveLength(3);
    expect(await list(HZ)).toEqual([]);
  });

  it('creates, updates, reads logs and deletes; the key never comes back', async () => {
    await h.admin('PUT', '/timing', { mode: 'manual' });
    const hz = await gatewayId(HZ, 'hz-office-vpn');
    const body = {
      vpnGatewayId: hz,
      name: 'hz-field',
      clientIpPool: '10.120.0.0/24',
      localSubnet: '10.10.0.0/16',
      psk: PSK,
      ikeConfig: { ikeVersion: 'ikev2', ikeEncAlg: 'aes256', ikeAuthAlg: 'sha256' },
    };
    const res = await op.request('POST', `${HZ}/ipsec-servers`, {
      body,
      idempotencyKey: 'iss-create-1',
    });
    expect(res.status).toBe(201);
    const created = ipsecServerSchema.parse(res.body);
    expect(created).toMatchObject({ name: 'hz-field', ikeConfig: { ikeEncAlg: 'aes256' } });
    expect(created.id).toMatch(/^iss-/);
    const busy = await op.request('PATCH', `${HZ}/ipsec-servers/${created.id}`, {
      body: { name: 'too-soon' },
    });
    expect([busy.status, errorBodySchema.parse(busy.body).error.code]).toEqual([
      409,
      'VpnGateway.Configuring',
    ]);
    await h.admin('POST', '/advance');
    const patched = await op.request('PATCH', `${HZ}/ipsec-servers/${created.id}`, {
      body: { name: 'hz-field-2', ipsecConfig: { ipsecPfs: 'group14' } },
    });
    expect(patched.status).toBe(200);
    expect(ipsecServerSchema.parse(patched.body)).toMatchObject({
      name: 'hz-field-2',
      ipsecConfig: { ipsecPfs: 'group14' },
    });
    const logs = ipsecServerLogsSchema.parse(
      (await op.get(`${HZ}/ipsec-servers/${created.id}/logs`)).body,
    );
    expect(logs.lines.at(-1)).toContain('configuration updated');
    await h.admin('POST', '/advance');
    const del = await op.request('DELETE', `${HZ}/ipsec-servers/${created.id}`);
    expect(del.status).toBe(204);
    expect(await list(HZ)).toEqual([]);
    expect(events.map((e) => [e.action, e.outcome])).toEqual(
      expect.arrayContaining([
        ['CreateIpsecServer', 'success'],
        ['UpdateIpsecServer', 'success'],
        ['DeleteIpsecServer', 'success'],
      ]),
    );
    for (const text of [...h.responses, ...h.logs]) expect(text).not.toContain(PSK);
    await h.admin('PUT', '/timing', { mode: 'immediate' });
  });

  it('puts upstream refusals on the form fields, and refuses an auditor', async () => {
    const sg = await gatewayId(SG, 'sg-partner-vpn');
    const res = await op.request('POST', `${SG}/ipsec-servers`, {
      body: { vpnGatewayId: sg, clientIpPool: '10.131.0.0/24', localSubnet: '10.50.0.0/16' },
      idempotencyKey: 'iss-create-2',
    });
    const error = errorBodySchema.parse(res.body).error;
    expect([error.code, error.fields?.[0]?.path]).toEqual(['Resource.QuotaFull', 'vpnGatewayId']);
    const auditor = await h.auditor();
    const refused = await auditor.request('POST', `${SG}/ipsec-servers`, {
      body: { vpnGatewayId: sg, clientIpPool: '10.131.0.0/24', localSubnet: '10.50.0.0/16' },
      idempotencyKey: 'iss-create-3',
    });
    expect(refused.status).toBe(403);
  });
});
