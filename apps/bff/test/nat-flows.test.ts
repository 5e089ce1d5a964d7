import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dnatEntryListSchema,
  dnatEntrySchema,
  eipListSchema,
  eipSchema,
  errorBodySchema,
  natGatewaySchema,
  snatEntryListSchema,
  snatEntrySchema,
  vSwitchListSchema,
  vpcListSchema,
  type Eip,
  type NatGateway,
  type VSwitch,
} from '@gc/contracts';
import { startHarness, type Agent, type Harness } from './harness.ts';

const R = '/api/regions/cn-shanghai';
let h: Harness;
let op: Agent;
let vSwitch: VSwitch;
let gw: NatGateway;
let eip: Eip;

beforeAll(async () => {
  h = await startHarness();
  op = await h.operator();
  const vpc = vpcListSchema.parse((await op.get(`${R}/vpcs`)).body).items[0];
  const vsw = vSwitchListSchema.parse((await op.get(`${R}/vpcs/${vpc?.id}/vswitches`)).body).items;
  vSwitch = vsw[0] as VSwitch;
  const created = await op.request('POST', `${R}/nat-gateways`, {
    body: { vpcId: vpc?.id, vSwitchId: vSwitch.id, name: 'flow-gw' },
    idempotencyKey: 'flow-gateway-key',
  });
  gw = natGatewaySchema.parse(created.body);
});
afterAll(() => h.close());

const G = () => `${R}/nat-gateways/${gw.id}`;

describe('EIPs', () => {
  it('allocates once per Idempotency-Key and shows the EIP in the free picker', async () => {
    const first = await op.request('POST', `${R}/eips`, {
      body: { name: 'flow-eip', bandwidth: 10 },
      idempotencyKey: 'eip-alloc-key-1',
    });
    expect(first.status).toBe(201);
    eip = eipSchema.parse(first.body);
    expect(eip).toMatchObject({ name: 'flow-eip', status: 'Available', bandwidth: '10' });
    const again = await op.request('POST', `${R}/eips`, {
      body: { name: 'flow-eip', bandwidth: 10 },
      idempotencyKey: 'eip-alloc-key-1',
    });
    expect(eipSchema.parse(again.body).allocationId).toBe(eip.allocationId);
    const free = eipListSchema.parse((await op.get(`${R}/eips?status=Available`)).body).items;
    expect(free.map((e) => e.allocationId)).toContain(eip.allocationId);
    expect(free.every((e) => e.status === 'Available')).toBe(true);
    expect((await op.get(`${R}/eips?status=Lost`)).status).toBe(400);
  });

  it('binds the EIP to the gateway', async () => {
    const bound = await op.request('POST', `${G()}/eips`, {
      body: { allocationId: eip.allocationId },
    });
    expect(bound.status).toBe(200);
    expect(eipSchema.parse(bound.body).instanceId).toBe(gw.id);
    const list = eipListSchema.parse((await op.get(`${G()}/eips`)).body).items;
    expect(list.map((e) => e.allocationId)).toEqual([eip.allocationId]);
    const detail = natGatewaySchema.parse((await op.get(G())).body);
    expect(detail.eips.map((e) => e.ipAddress)).toContain(eip.ipAddress);
  });

  it('refuses an unknown EIP with 404 and a malformed one with 400', async () => {
    const unknown = await op.request('POST', `${G()}/eips`, {
      body: { allocationId: 'eip-doesnotexist00000' },
    });
    expect(unknown.status).toBe(404);
    const bad = await op.request('POST', `${G()}/eips`, { body: { allocationId: 'x' } });
    expect(errorBodySchema.parse(bad.body).error.fields?.[0]?.path).toBe('allocationId');
  });
});

describe('SNAT and DNAT entries', () => {
  it('creates, lists and deletes an SNAT entry', async () => {
    const res = await op.request('POST', `${G()}/snat-entries`, {
      body: { name: 'flow-snat', snatIps: [eip.ipAddress], sourceCidr: vSwitch.cidrBlock },
      idempotencyKey: 'snat-key-00001',
    });
    expect(res.status).toBe(201);
    const entry = snatEntrySchema.parse(res.body);
    expect(entry).toMatchObject({ snatIp: eip.ipAddress, sourceCidr: vSwitch.cidrBlock });
    const again = await op.request('POST', `${G()}/snat-entries`, {
      body: { name: 'flow-snat', snatIps: [eip.ipAddress], sourceCidr: vSwitch.cidrBlock },
      idempotencyKey: 'snat-key-00001',
    });
    expect(snatEntrySchema.parse(again.body).id).toBe(entry.id);
    const list = snatEntryListSchema.parse((await op.get(`${G()}/snat-entries`)).body).items;
    expect(list.map((e) => e.id)).toEqual([entry.id]);
  });

  it('creates a DNAT entry and validates ports and protocol with field paths', async () => {
    const bad = await op.request('POST', `${G()}/dnat-entries`, {
      body: {
        externalIp: eip.ipAddress,
        externalPort: '0',
        internalIp: '10.0.0.5',
        internalPort: 'Any',
        ipProtocol: 'TCP',
      },
      idempotencyKey: 'dnat-key-bad-1',
    });
    expect(bad.status).toBe(400);
    const paths = errorBodySchema.parse(bad.body).error.fields?.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['externalPort']));
    const internalIp = vSwitch.cidrBlock.replace(/0\/\d+$/, '25');
    const res = await op.request('POST', `${G()}/dnat-entries`, {
      body: {
        name: 'flow-dnat',
        externalIp: eip.ipAddress,
        externalPort: '8080',
        internalIp,
        internalPort: '80',
        ipProtocol: 'TCP',
      },
      idempotencyKey: 'dnat-key-00001',
    });
    expect(res.status).toBe(201);
    const entry = dnatEntrySchema.parse(res.body);
    expect(entry).toMatchObject({ externalPort: '8080', internalIp, internalPort: '80' });
    const list = dnatEntryListSchema.parse((await op.get(`${G()}/dnat-entries`)).body).items;
    expect(list.map((e) => e.id)).toEqual([entry.id]);
  });

  it('refuses to delete the gateway while it has dependencies (409 with the upstream code)', async () => {
    const res = await op.request('DELETE', G());
    expect(res.status).toBe(409);
    const body = errorBodySchema.parse(res.body);
    expect(body.error.code).toMatch(/^DependencyViolation/);
    expect(body.error.requestId).toBeDefined();
  });

  it('deletes entries, unbinds the EIP, then deletes the gateway', async () => {
    const snat = snatEntryListSchema.parse((await op.get(`${G()}/snat-entries`)).body).items[0];
    const dnat = dnatEntryListSchema.parse((await op.get(`${G()}/dnat-entries`)).body).items[0];
    expect((await op.request('DELETE', `${G()}/snat-entries/${snat?.id}`)).status).toBe(204);
    expect((await op.request('DELETE', `${G()}/dnat-entries/${dnat?.id}`)).status).toBe(204);
    expect(snatEntryListSchema.parse((await op.get(`${G()}/snat-entries`)).body).items).toEqual([]);
    expect((await op.request('DELETE', `${G()}/snat-entries/snat-doesnotexist0000`)).status).toBe(
      404,
    );
    expect((await op.request('DELETE', `${G()}/eips/${eip.allocationId}`)).status).toBe(204);
    const freed = eipListSchema.parse((await op.get(`${R}/eips?status=Available`)).body).items;
    expect(freed.map((e) => e.allocationId)).toContain(eip.allocationId);
    expect((await op.request('DELETE', G())).status).toBe(204);
    expect((await op.get(G())).status).toBe(404);
  });

  it('force-deletes a gateway that still has entries and EIPs', async () => {
    const vpcId = gw.vpcId;
    const other = natGatewaySchema.parse(
      (
        await op.request('POST', `${R}/nat-gateways`, {
          body: { vpcId, vSwitchId: vSwitch.id, name: 'force-gw' },
          idempotencyKey: 'force-gateway-key',
        })
      ).body,
    );
    const path = `${R}/nat-gateways/${other.id}`;
    expect(
      (await op.request('POST', `${path}/eips`, { body: { allocationId: eip.allocationId } }))
        .status,
    ).toBe(200);
    const snat = await op.request('POST', `${path}/snat-entries`, {
      body: { snatIps: [eip.ipAddress], sourceVSwitchId: vSwitch.id },
      idempotencyKey: 'force-snat-key',
    });
    expect(snat.status).toBe(201);
    expect((await op.request('DELETE', path)).status).toBe(409);
    expect((await op.request('DELETE', `${path}?force=true`)).status).toBe(204);
    expect((await op.get(path)).status).toBe(404);
  });
});
