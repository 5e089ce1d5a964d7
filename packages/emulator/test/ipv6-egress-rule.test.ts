import { describe, expect, it } from 'vitest';
import { ipv6Lookups } from './ipv6-lookups.ts';
import { useManualEmulator } from './manual-emulator.ts';
import { admin, fails, ok, signedCall } from './signed-call.ts';

// Egress-only rules and ModifyIpv6AddressAttribute through raw signed calls (REFERENCE-2 §5).
const emu = useManualEmulator();

const R = { RegionId: 'cn-hangzhou' };

const { rules, gatewayId, addressId, createRule } = ipv6Lookups(() => emu.url);

describe('IPv6 egress-only rules', () => {
  it('seeds Available rules on seeded gateways', async () => {
    const sh = await rules(
      { Ipv6GatewayId: await gatewayId('sh-ipv6-gateway', 'cn-shanghai') },
      'cn-shanghai',
    );
    expect(sh.TotalCount).toBe(2);
    expect(sh.Ipv6EgressOnlyRules.Ipv6EgressOnlyRule[0]).toMatchObject({
      Ipv6EgressOnlyRuleId: expect.stringMatching(/^ipv6py-/) as unknown,
      InstanceId: await addressId('sh-web-01-ipv6', 'cn-shanghai'),
      InstanceType: 'Ipv6Address',
      Name: 'sh-web-egress-only',
      Status: 'Available',
    });
    // The seed is deterministic: a reset gives the same ids.
    const ids = sh.Ipv6EgressOnlyRules.Ipv6EgressOnlyRule.map((r) => r.Ipv6EgressOnlyRuleId);
    await admin(emu, 'POST', 'reset');
    const again = await rules(
      { Ipv6GatewayId: await gatewayId('sh-ipv6-gateway', 'cn-shanghai') },
      'cn-shanghai',
    );
    expect(again.Ipv6EgressOnlyRules.Ipv6EgressOnlyRule.map((r) => r.Ipv6EgressOnlyRuleId)).toEqual(
      ids,
    );
  });

  it('create → Pending → Available → filters and pages → delete → Deleting → gone', async () => {
    const gw = await gatewayId('prod-core-ipv6gw');
    const hosts = ['api-01', 'api-02', 'web-01'];
    const addrs = await Promise.all(hosts.map((h) => addressId(`${h}-ipv6`)));
    const created: string[] = [];
    for (const [i, addr] of addrs.entries())
      created.push(
        (await createRule(gw, addr, { Name: `${hosts[i]}-out`, Description: '仅出 only out' }))
          .Ipv6EgressRuleId,
      );
    expect(created[0]).toMatch(/^ipv6py-bp1/);
    const first = await rules({ Ipv6GatewayId: gw, Ipv6EgressOnlyRuleId: created[0] ?? '' });
    expect(first.Ipv6EgressOnlyRules.Ipv6EgressOnlyRule).toEqual([
      {
        Ipv6EgressOnlyRuleId: created[0],
        InstanceId: addrs[0],
        InstanceType: 'Ipv6Address',
        Name: 'api-01-out',
        Description: '仅出 only out',
        Status: 'Pending',
      },
    ]);
    await admin(emu, 'POST', 'advance');
    const all = await rules({ Ipv6GatewayId: gw });
    expect(all.TotalCount).toBe(3);
    expect(all.Ipv6EgressOnlyRules.Ipv6EgressOnlyRule.every((r) => r.Status === 'Available')).toBe(
      true,
    );

    const ids = async (filter: Record<string, string | number>) =>
      (await rules({ Ipv6GatewayId: gw, ...filter })).Ipv6EgressOnlyRules.Ipv6EgressOnlyRule.map(
        (r) => r.Ipv6EgressOnlyRuleId,
      );
    expect(await ids({ InstanceId: addrs[1] ?? '' })).toEqual([created[1]]);
    expect(await ids({ Name: 'web-01-out' })).toEqual([created[2]]);
    expect(await ids({ InstanceType: 'IPv6Address' })).toHaveLength(3);
    expect(await ids({ InstanceType: 'IPv6Prefix' })).toEqual([]);
    const page2 = await rules({ Ipv6GatewayId: gw, PageSize: 2, PageNumber: 2 });
    expect([page2.TotalCount, page2.PageNumber, page2.PageSize]).toEqual([3, 2, 2]);
    expect(page2.Ipv6EgressOnlyRules.Ipv6EgressOnlyRule.map((r) => r.Ipv6EgressOnlyRuleId)).toEqual(
      [created[2]],
    );
    // An unknown gateway lists nothing (tf reads that as not found, REFERENCE-2 §5.3).
    expect((await rules({ Ipv6GatewayId: 'ipv6gw-nope' })).TotalCount).toBe(0);
    const xml = await signedCall(
      emu.url,
      'DescribeIpv6EgressOnlyRules',
      { ...R, Ipv6GatewayId: gw },
      { format: 'XML' },
    );
    expect(xml.text).toContain(
      `<Ipv6EgressOnlyRules><Ipv6EgressOnlyRule><Ipv6EgressOnlyRuleId>${created[0]}<`,
    );

    const id = created[0] ?? '';
    await ok(emu.url, 'DeleteIpv6EgressOnlyRule', { ...R, Ipv6EgressOnlyRuleId: id });
    expect(
      (await rules({ Ipv6GatewayId: gw, Ipv6EgressOnlyRuleId: id })).Ipv6EgressOnlyRules
        .Ipv6EgressOnlyRule[0]?.Status,
    ).toBe('Deleting');
    const twice = await fails(emu.url, 'DeleteIpv6EgressOnlyRule', {
      ...R,
      Ipv6EgressOnlyRuleId: id,
    });
    expect([twice.status, twice.code]).toEqual([400, 'IncorrectStatus.Ipv6EgressOnlyRule']);
    await admin(emu, 'POST', 'advance');
    expect(await ids({})).toEqual(created.slice(1));
    const gone = await fails(emu.url, 'DeleteIpv6EgressOnlyRule', {
      ...R,
      Ipv6EgressOnlyRuleId: id,
    });
    expect([gone.status, gone.code]).toEqual([404, 'ResourceNotFound.Ipv6EgressOnlyRule']);
    // The address is free again.
    await createRule(gw, addrs[0] ?? '');
  });

  it('replays a ClientToken and refuses it with other parameters', async () => {
    const gw = await gatewayId('prod-core-ipv6gw');
    const addr = await addressId('api-02-ipv6');
    const a = await createRule(gw, addr, { ClientToken: 'egress-once', Name: 'once' });
    const b = await createRule(gw, addr, { ClientToken: 'egress-once', Name: 'once' });
    expect(b.Ipv6EgressRuleId).toBe(a.Ipv6EgressRuleId);
    expect((await rules({ Ipv6GatewayId: gw })).TotalCount).toBe(1);
    const other = await fails(emu.url, 'CreateIpv6EgressOnlyRule', {
      ...R,
      Ipv6GatewayId: gw,
      InstanceId: addr,
      ClientToken: 'egress-once',
      Name: 'twice',
    });
    expect(other.code).toBe('IdempotentParameterMismatch');
  });
});
