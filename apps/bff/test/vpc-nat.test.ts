import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorBodySchema,
  fullNatEntryListSchema,
  fullNatEntrySchema,
  natGatewayPageSchema,
  natIpCidrListSchema,
  natIpCidrSchema,
  natIpListSchema,
  natIpSchema,
} from '@gc/contracts';
import type { AuditEvent } from '../src/audit/audit-recorder.ts';
import { startHarness, type Agent, type Harness } from './harness.ts';

// The VPC NAT routes against the emulator's seeded VPC NAT gateway (REFERENCE-2 §4.8, §4.9).
const HZ = '/api/regions/cn-hangzhou';
const events: AuditEvent[] = [];
let h: Harness;
let op: Agent;
let gw: string;

const path = (kind: string, id = '') => `${HZ}/nat-gateways/${gw}/${kind}${id ? `/${id}` : ''}`;
const cidrs = async () =>
  natIpCidrListSchema.parse((await op.get(path('nat-ip-cidrs'))).body).items;
const ips = async () => natIpListSchema.parse((await op.get(path('nat-ips'))).body).items;
const entries = async () =>
  fullNatEntryListSchema.parse((await op.get(path('fullnat-entries'))).body).items;

beforeAll(async () => {
  h = await startHarness({ cacheTtlMs: 0, audit: { record: async (e) => void events.push(e) } });
  op = await h.operator();
  const page = natGatewayPageSchema.parse((await op.get(`${HZ}/nat-gateways?pageSize=50`)).body);
  gw = page.items.find((g) => g.name === 'vpc-nat-internal')?.id ?? '';
  await h.admin('PUT', '/timing', { mode: 'manual' });
});
afterAll(() => h.close());

describe('VPC NAT: blocks, NAT IPs, FULLNAT entries', () => {
  it('lists the seeded block, NAT IPs and FULLNAT entry', async () => {
    expect((await cidrs()).map((c) => [c.cidr, c.isDefault])).toEqual([
      ['10.10.10.0/24', true],
      ['192.168.50.0/24', false],
    ]);
    expect((await ips()).map((n) => n.ip).slice(1)).toEqual(['192.168.50.10', '192.168.50.11']);
    expect(await entries()).toEqual([
      expect.objectContaining({ name: 'erp-reverse', natIp: '192.168.50.11', accessPort: '80' }),
    ]);
  });

  it('creates, renames and deletes a block, a NAT IP and a FULLNAT entry', async () => {
    const c = await op.request('POST', path('nat-ip-cidrs'), {
      body: { cidr: '172.22.0.0/24', name: 'bff-block' },
      idempotencyKey: 'vpc-nat-cidr-1',
    });
    expect(c.status).toBe(201);
    const block = natIpCidrSchema.parse(c.body);
    const clash = await op.request('POST', path('nat-ip-cidrs'), {
      body: { cidr: '10.10.0.0/24' },
      idempotencyKey: 'vpc-nat-cidr-2',
    });
    expect(clash.status).toBe(400);
    const err = errorBodySchema.parse(clash.body).error;
    expect(err.code).toBe('InvalidNatIpCidr.Conflict');
    expect(err.fields?.map((f) => f.path)).toEqual(['cidr']);
    const renamed = await op.request('PATCH', path('nat-ip-cidrs', block.id), {
      body: { description: 'renamed' },
    });
    expect(renamed.status).toBe(204);
    expect((await cidrs()).find((x) => x.id === block.id)?.description).toBe('renamed');

    const i = await op.request('POST', path('nat-ips'), {
      body: { cidr: '172.22.0.0/24', ip: '172.22.0.20', name: 'bff-ip' },
      idempotencyKey: 'vpc-nat-ip-1',
    });
    expect(i.status).toBe(201);
    const natIp = natIpSchema.parse(i.body);
    expect([natIp.ip, natIp.status]).toEqual(['172.22.0.20', 'Creating']);
    await h.admin('POST', '/advance');
    expect(
      (await op.request('PATCH', path('nat-ips', natIp.id), { body: { name: 'bff-ip-2' } })).status,
    ).toBe(204);

    const e = await op.request('POST', path('fullnat-entries'), {
      body: {
        name: 'bff-fullnat',
        ipProtocol: 'TCP',
        natIp: '172.22.0.20',
        natIpPort: '8080',
        accessIp: '10.10.10.70',
        accessPort: '80',
        networkInterfaceId: 'eni-bffendpoint',
      },
      idempotencyKey: 'vpc-nat-fullnat-1',
    });
    expect(e.status).toBe(201);
    const entry = fullNatEntrySchema.parse(e.body);
    expect(entry.status).toBe('Pending');
    await h.admin('POST', '/advance');
    const edit = await op.request('PATCH', path('fullnat-entries', entry.id), {
      body: { accessPort: '8081' },
    });
    expect(edit.status).toBe(204);
    await h.admin('POST', '/advance');
    expect((await entries()).find((x) => x.id === entry.id)).toMatchObject({
      accessPort: '8081',
      status: 'Available',
    });

    expect((await op.request('DELETE', path('fullnat-entries', entry.id))).status).toBe(204);
    await h.admin('POST', '/advance');
    expect((await op.request('DELETE', path('nat-ips', natIp.id))).status).toBe(204);
    await h.admin('POST', '/advance');
    expect((await op.request('DELETE', path('nat-ip-cidrs', block.id))).status).toBe(204);
    expect((await cidrs()).map((x) => x.id)).not.toContain(block.id);
  });

  it('audits every write with its upstream action', () => {
    const mine = events
      .filter((e) => /NatIp|FullNat/.test(e.action))
      .map((e) => `${e.action}:${e.outcome}`);
    expect(mine).toEqual([
      'CreateNatIpCidr:success',
      'CreateNatIpCidr:failure',
      'ModifyNatIpCidrAttribute:success',
      'CreateNatIp:success',
      'ModifyNatIpAttribute:success',
      'CreateFullNatEntry:success',
      'ModifyFullNatEntryAttribute:success',
      'DeleteFullNatEntry:success',
      'DeleteNatIp:success',
      'DeleteNatIpCidr:success',
    ]);
  });

  it('refuses the default block, an unknown NAT IP (404) and an auditor (403)', async () => {
    const [dflt] = await cidrs();
    const refused = await op.request('DELETE', path('nat-ip-cidrs', dflt?.id ?? ''));
    expect(errorBodySchema.parse(refused.body).error.code).toBe('OperationFailed.DefaultNatIpCidr');
    expect((await op.request('DELETE', path('nat-ips', 'vpcnatip-nope'))).status).toBe(404);
    const aud = await h.auditor();
    expect((await aud.get(path('nat-ips'))).status).toBe(200);
    const [seeded] = await entries();
    const tries = [
      aud.request('POST', path('nat-ip-cidrs'), {
        body: { cidr: '172.23.0.0/24' },
        idempotencyKey: 'vpc-nat-aud-1',
      }),
      aud.request('PATCH', path('fullnat-entries', seeded?.id ?? ''), { body: { name: 'x-y' } }),
      aud.request('DELETE', path('fullnat-entries', seeded?.id ?? '')),
    ];
    expect((await Promise.all(tries)).map((r) => r.status)).toEqual([403, 403, 403]);
  });
});
