import { describe, expect, it } from 'vitest';
import { ipv6Lookups } from './ipv6-lookups.ts';
import { useManualEmulator } from './manual-emulator.ts';
import { admin, fails, ok } from './signed-call.ts';

// Every error of the egress-only rule actions (REFERENCE-2 §5.1–§5.3; [emulator choice]s in the
// README) and the guard on DeleteIpv6Gateway.
const emu = useManualEmulator();

const R = { RegionId: 'cn-hangzhou' };
const { rules, gatewayId, addressId, createRule, pendingPayGateway } = ipv6Lookups(() => emu.url);

describe('IPv6 egress-only rule errors', () => {
  it('answers every error code with its status', async () => {
    const gw = await gatewayId('prod-core-ipv6gw');
    const api1 = await addressId('api-01-ipv6');
    const api2 = await addressId('api-02-ipv6');
    const payAddr = await addressId('pay-app-01-ipv6');
    await createRule(gw, api1);
    const pendingGw = await pendingPayGateway();
    const base = { Ipv6GatewayId: gw, InstanceId: api2 };
    const cases: [string, Record<string, string | number | boolean>, number, string][] = [
      ['CreateIpv6EgressOnlyRule', { InstanceId: api2 }, 400, 'MissingIpv6GatewayId'],
      ['CreateIpv6EgressOnlyRule', { Ipv6GatewayId: gw }, 400, 'MissingInstanceId'],
      [
        'CreateIpv6EgressOnlyRule',
        { ...base, Ipv6GatewayId: 'ipv6gw-nope' },
        404,
        'InvalidIpv6GatewayId.NotFound',
      ],
      [
        'CreateIpv6EgressOnlyRule',
        { ...base, InstanceId: 'ipv6-nope' },
        404,
        'ResourceNotFound.Ipv6Address',
      ],
      [
        'CreateIpv6EgressOnlyRule',
        { ...base, InstanceId: payAddr },
        400,
        'OperationFailed.Ipv6GatewayDisMatchIpv6Address',
      ],
      [
        'CreateIpv6EgressOnlyRule',
        { ...base, Ipv6GatewayId: pendingGw, InstanceId: payAddr },
        400,
        'IncorrectStatus.Ipv6Gateway',
      ],
      ['CreateIpv6EgressOnlyRule', { ...base, InstanceId: api1 }, 409, 'OperationConflict'],
      [
        'CreateIpv6EgressOnlyRule',
        { ...base, InstanceType: 'IPv6Prefix' },
        400,
        'InvalidParameter.InstanceType.ValueNotSupported',
      ],
      [
        'CreateIpv6EgressOnlyRule',
        { ...base, Name: 'https://x' },
        400,
        'InvalidParameter.Name.Malformed',
      ],
      [
        'CreateIpv6EgressOnlyRule',
        { ...base, Description: 'd'.repeat(257) },
        400,
        'InvalidParameter.Description.Malformed',
      ],
      ['CreateIpv6EgressOnlyRule', { ...base, DryRun: true }, 400, 'DryRunOperation'],
      ['DescribeIpv6EgressOnlyRules', {}, 400, 'MissingIpv6GatewayId'],
      [
        'DescribeIpv6EgressOnlyRules',
        { Ipv6GatewayId: gw, PageSize: 51 },
        400,
        'InvalidParameter.PageSize.Malformed',
      ],
      ['DeleteIpv6EgressOnlyRule', {}, 400, 'MissingIpv6EgressOnlyRuleId'],
      [
        'DeleteIpv6EgressOnlyRule',
        { Ipv6EgressOnlyRuleId: 'ipv6py-nope' },
        404,
        'ResourceNotFound.Ipv6EgressOnlyRule',
      ],
    ];
    for (const [action, params, status, code] of cases) {
      const e = await fails(emu.url, action, { ...R, ...params });
      expect([e.status, e.code], `${action} ${JSON.stringify(params)}`).toEqual([status, code]);
    }
    // DryRun created nothing; once Available, a second rule on the address is a duplicate.
    expect((await rules({ Ipv6GatewayId: gw })).TotalCount).toBe(1);
    await admin(emu, 'POST', 'advance');
    const dup = await fails(emu.url, 'CreateIpv6EgressOnlyRule', {
      ...R,
      ...base,
      InstanceId: api1,
    });
    expect([dup.status, dup.code]).toEqual([400, 'OperationFailed.EgressOnlyRuleAlreadyExisted']);
    const [rule] = (await rules({ Ipv6GatewayId: gw })).Ipv6EgressOnlyRules.Ipv6EgressOnlyRule;
    const dry = await fails(emu.url, 'DeleteIpv6EgressOnlyRule', {
      ...R,
      Ipv6EgressOnlyRuleId: rule?.Ipv6EgressOnlyRuleId ?? '',
      DryRun: true,
    });
    expect(dry.code).toBe('DryRunOperation');
    expect(
      (await rules({ Ipv6GatewayId: gw })).Ipv6EgressOnlyRules.Ipv6EgressOnlyRule[0]?.Status,
    ).toBe('Available');
  });

  it('keeps an IPv6 gateway with rules from being deleted', async () => {
    const gw = await pendingPayGateway();
    await admin(emu, 'POST', 'advance');
    const { Ipv6EgressRuleId: id } = await createRule(gw, await addressId('pay-app-02-ipv6'));
    await admin(emu, 'POST', 'advance');
    const refused = await fails(emu.url, 'DeleteIpv6Gateway', { ...R, Ipv6GatewayId: gw });
    expect([refused.status, refused.code]).toEqual([400, 'DependencyViolation.Ipv6EgressOnlyRule']);
    await ok(emu.url, 'DeleteIpv6EgressOnlyRule', { ...R, Ipv6EgressOnlyRuleId: id });
    await admin(emu, 'POST', 'advance');
    await ok(emu.url, 'DeleteIpv6Gateway', { ...R, Ipv6GatewayId: gw });
  });
});
