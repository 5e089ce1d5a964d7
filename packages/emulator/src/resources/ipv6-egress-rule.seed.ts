import type { SeedContext } from '../resource-module.ts';
import { ipv6AddressesOf } from './ipv6-address.model.ts';
import { IPV6_EGRESS_RULE_KIND } from './ipv6-egress-rule.model.ts';
import type { Ipv6EgressRuleRecord } from './ipv6-egress-rule.model.ts';
import { IPV6_GATEWAY_KIND } from './ipv6-gateway.model.ts';
import type { Ipv6GatewayRecord } from './ipv6-gateway.model.ts';

// [region, gateway name, address name, rule name, description]: outbound-only hosts. Not on
// hangzhou's prod-core-ipv6gw, which the demo and the tests delete (rules would block that).
const RULES: [string, string, string, string, string][] = [
  [
    'cn-shanghai',
    'sh-ipv6-gateway',
    'sh-web-01-ipv6',
    'sh-web-egress-only',
    '仅主动出 / outbound only',
  ],
  ['cn-shanghai', 'sh-ipv6-gateway', 'sh-web-02-ipv6', 'sh-web-02-egress', ''],
  ['cn-beijing', '数据平台IPv6网关', 'collector-01-ipv6', '采集节点仅出', '数据采集只出不进'],
  ['eu-central-1', 'fra-ipv6-gw', 'eu-portal-01-ipv6', 'portal-egress-only', 'GDPR portal'],
];

/** Seeds egress-only rules on addresses of seeded IPv6 gateways (runs after the IPv6 seed). */
export function seedEgressRules(ctx: SeedContext): void {
  for (const [regionId, gwName, addrName, name, description] of RULES) {
    if (!ctx.regionIds.includes(regionId)) continue;
    const gw = ctx.store
      .table<Ipv6GatewayRecord>(regionId, IPV6_GATEWAY_KIND)
      .list()
      .find((g) => g.Name === gwName);
    const addr = ipv6AddressesOf(ctx.store, regionId).find((a) => a.Name === addrName);
    if (!gw || !addr) throw new Error(`seed: no ${gwName} / ${addrName} in ${regionId}`);
    const rule: Ipv6EgressRuleRecord = {
      id: ctx.newId('ipv6py', regionId),
      regionId,
      tags: [],
      Ipv6GatewayId: gw.id,
      InstanceId: addr.id,
      Name: name,
      Description: description,
      Status: 'Available',
    };
    ctx.store.table<Ipv6EgressRuleRecord>(regionId, IPV6_EGRESS_RULE_KIND).put(rule);
  }
}
