import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eipListSchema,
  errorBodySchema,
  natGatewayAttributeSchema,
  natGatewayPageSchema,
  natGatewaySchema,
  natGatewayZoneListSchema,
  type NatGateway,
} from '@gc/contracts';
import { startHarness, type Agent, type Harness } from './harness.ts';

const HZ = '/api/regions/cn-hangzhou';
let h: Harness;
let op: Agent;
let pay: NatGateway;

beforeAll(async () => {
  // No read cache: protection flips between two reads.
  h = await startHarness({ cacheTtlMs: 0 });
  op = await h.operator();
  const page = natGatewayPageSchema.parse((await op.get(`${HZ}/nat-gateways?pageSize=100`)).body);
  const found = page.items.find((g) => g.name === '支付系统出网网关');
  if (!found) throw new Error('no seeded protected gateway');
  pay = found;
});
afterAll(() => h.close());

describe('NAT deletion protection', () => {
  it('shows the seeded protection, refuses the delete with the upstream code, then allows it once off', async () => {
    expect(pay.deletionProtection).toBe(true);
    const attr = natGatewayAttributeSchema.parse(
      (await op.get(`${HZ}/nat-gateways/${pay.id}/attribute`)).body,
    );
    expect(attr).toMatchObject({
      deletionProtection: true,
      billing: { instanceChargeType: 'PostPaid', internetChargeType: 'PayByLcu' },
      privateNetwork: { vSwitchId: pay.vSwitchId, zoneId: 'cn-hangzhou-j' },
      snatEntryCount: 1,
      forwardEntryCount: 1,
      associatedNetworkInterfaces: [],
    });
    const refused = await op.request('DELETE', `${HZ}/nat-gateways/${pay.id}?force=true`);
    expect(errorBodySchema.parse(refused.body).error.code).toBe(
      'InvalidOperation.DeletionProtection',
    );
    const off = await op.request('PUT', `${HZ}/nat-gateways/${pay.id}/deletion-protection`, {
      body: { enabled: false },
    });
    expect(off.status).toBe(200);
    expect(natGatewaySchema.parse(off.body).deletionProtection).toBe(false);
    const again = await op.request('PUT', `${HZ}/nat-gateways/${pay.id}/deletion-protection`, {
      body: { enabled: false },
    });
    expect(errorBodySchema.parse(again.body).error.code).toBe('DeletionProtection.NotExist');
    expect((await op.request('DELETE', `${HZ}/nat-gateways/${pay.id}?force=true`)).status).toBe(
      204,
    );
  });

  it('flips an EIP and reports it in the EIP list', async () => {
    const eips = eipListSchema.parse((await op.get(`${HZ}/eips`)).body).items;
    const protectedOne = eips.find((e) => e.ipAddress === '47.96.120.8');
    expect(protectedOne?.deletionProtection).toBe(true);
    const other = eips.find((e) => !e.deletionProtection);
    if (!other) throw new Error('no unprotected EIP');
    expect(other).not.toHaveProperty('deletionProtection');
    const on = await op.request('PUT', `${HZ}/eips/${other.allocationId}/deletion-protection`, {
      body: { enabled: true },
    });
    expect(on.body).toMatchObject({ allocationId: other.allocationId, deletionProtection: true });
  });

  it('lists NAT zones in the console language and refuses an auditor’s flip', async () => {
    const en = natGatewayZoneListSchema.parse(
      (await op.get(`${HZ}/nat-gateways/available-zones?lang=en`)).body,
    );
    expect(en.items.map((z) => z.zoneId)).not.toContain('cn-hangzhou-k');
    expect(en.items[0]?.zoneName).toMatch(/Zone/);
    const zh = natGatewayZoneListSchema.parse(
      (await op.get(`${HZ}/nat-gateways/available-zones?lang=zh`)).body,
    );
    expect(zh.items[0]?.zoneName).toMatch(/可用区/);
    const auditor = await h.auditor();
    const flip = await auditor.request('PUT', `${HZ}/nat-gateways/${pay.id}/deletion-protection`, {
      body: { enabled: true },
    });
    expect(flip.status).toBe(403);
  });
});
