import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dnatEntryListSchema,
  dnatEntrySchema,
  eipListSchema,
  eipSchema,
  errorBodySchema,
  natGatewayPageSchema,
  snatEntryListSchema,
  snatEntrySchema,
} from '@gc/contracts';
import type { AuditEvent } from '../src/audit/audit-recorder.ts';
import { startHarness, type Agent, type Harness } from './harness.ts';

// PATCH of SNAT/DNAT entries and EIPs against the real emulator (REFERENCE-2 §4.1, §4.2, §4.10).
const HZ = '/api/regions/cn-hangzhou';
const events: AuditEvent[] = [];
let h: Harness;
let op: Agent;
let G: string;
const errorOf = (body: unknown) => errorBodySchema.parse(body).error;

beforeAll(async () => {
  h = await startHarness({ cacheTtlMs: 0, audit: { record: async (e) => void events.push(e) } });
  op = await h.operator();
  const gws = natGatewayPageSchema.parse((await op.get(`${HZ}/nat-gateways?pageSize=50`)).body);
  G = `${HZ}/nat-gateways/${gws.items.find((g) => g.name === 'prod-egress-nat')?.id}`;
});
afterAll(() => h.close());

const dnat = async (name: string) => {
  const items = dnatEntryListSchema.parse((await op.get(`${G}/dnat-entries`)).body).items;
  const found = items.find((e) => e.name === name);
  if (!found) throw new Error(`no DNAT entry ${name}`);
  return found;
};

describe('editing NAT entries', () => {
  it('changes a DNAT entry external port and answers the entry', async () => {
    const entry = await dnat('web-https');
    const res = await op.request('PATCH', `${G}/dnat-entries/${entry.id}`, {
      body: { externalPort: '8443', name: 'web-https-alt' },
    });
    expect(res.status).toBe(200);
    expect(dnatEntrySchema.parse(res.body)).toMatchObject({
      id: entry.id,
      name: 'web-https-alt',
      externalPort: '8443',
      internalPort: '443',
    });
    expect((await dnat('web-https-alt')).externalPort).toBe('8443');
  });

  it('passes a clash through with its upstream code, and checks the body first', async () => {
    const http = await dnat('web-http');
    const clash = await op.request('PATCH', `${G}/dnat-entries/${http.id}`, {
      body: { externalPort: '8443', internalPort: '443' },
    });
    expect(clash.status).toBe(400);
    expect(errorOf(clash.body).code).toBe('Forbidden.ForwardEntry.Duplicated');
    const bad = await op.request('PATCH', `${G}/dnat-entries/${http.id}`, {
      body: { ipProtocol: 'Any', externalPort: '80' },
    });
    expect(bad.status).toBe(400);
    expect(errorOf(bad.body).fields?.map((f) => f.path)).toEqual(['externalPort']);
  });

  it('renames an SNAT entry and narrows its SNAT IPs', async () => {
    const [entry] = snatEntryListSchema.parse((await op.get(`${G}/snat-entries`)).body).items;
    const ip = entry?.snatIp.split(',')[0] ?? '';
    const res = await op.request('PATCH', `${G}/snat-entries/${entry?.id}`, {
      body: { name: 'egress-one-ip', snatIps: [ip] },
    });
    expect(res.status).toBe(200);
    expect(snatEntrySchema.parse(res.body)).toMatchObject({ name: 'egress-one-ip', snatIp: ip });
    const unknown = await op.request('PATCH', `${G}/snat-entries/snat-nope00000`, {
      body: { name: 'egress-x' },
    });
    expect(unknown.status).toBe(404);
  });
});

describe('editing EIPs', () => {
  it('renames, re-describes and re-sizes an EIP', async () => {
    const eips = eipListSchema.parse((await op.get(`${G}/eips`)).body).items;
    const eip = eips.find((e) => e.name === 'prod-egress-2');
    const res = await op.request('PATCH', `${HZ}/eips/${eip?.allocationId}`, {
      body: { name: 'prod-egress-二', description: 'second egress', bandwidth: '150' },
    });
    expect(res.status).toBe(200);
    expect(eipSchema.parse(res.body)).toMatchObject({
      name: 'prod-egress-二',
      description: 'second egress',
      bandwidth: '150',
      status: 'InUse',
    });
    const tooMuch = await op.request('PATCH', `${HZ}/eips/${eip?.allocationId}`, {
      body: { bandwidth: 900 },
    });
    expect(errorOf(tooMuch.body).fields?.map((f) => f.path)).toEqual(['bandwidth']);
  });

  it('refuses every edit to an auditor, who still reads', async () => {
    const aud = await h.auditor();
    const entry = await dnat('bastion-ssh');
    const eips = eipListSchema.parse((await aud.get(`${G}/eips`)).body).items;
    const tries = [
      aud.request('PATCH', `${G}/dnat-entries/${entry.id}`, { body: { externalPort: '2200' } }),
      aud.request('PATCH', `${G}/snat-entries/snat-any0000000`, { body: { name: 'x-any' } }),
      aud.request('PATCH', `${HZ}/eips/${eips[0]?.allocationId}`, { body: { name: 'aud-eip' } }),
    ];
    expect((await Promise.all(tries)).map((r) => r.status)).toEqual([403, 403, 403]);
    expect((await dnat('bastion-ssh')).externalPort).toBe('2222');
  });

  it('audits each edit under its upstream action and resource', () => {
    const mine = events.filter((e) => e.action.startsWith('Modify'));
    expect(mine.map((e) => `${e.action}:${e.outcome}`)).toEqual([
      'ModifyForwardEntry:success',
      'ModifyForwardEntry:failure',
      'ModifySnatEntry:success',
      'ModifySnatEntry:failure',
      'ModifyEipAddressAttribute:success',
    ]);
    expect(mine[0]?.resourceId).toMatch(/^fwd-/);
    expect(mine[0]?.params).toMatchObject({ externalPort: '8443' });
    expect(mine[4]?.resourceId).toMatch(/^eip-/);
  });
});
