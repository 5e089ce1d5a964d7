import {
  ipv6EgressRuleStatusSchema,
  type CreateIpv6EgressRuleRequest,
  type Ipv6EgressRule,
} from '@gc/contracts';
import type { Ipv6EgressOnlyRule, VpcClient } from '@gc/vpc-client';
import { upstreamCall } from '../upstream-error-map.ts';
import { IPV6_EGRESS_RULE_ERRORS } from '../upstream-error-tables.ts';
import { collectPages } from './collect.ts';
import { foundOr404 } from './kit/not-found.ts';

/**
 * DescribeIpv6EgressOnlyRules item → contracts rule. An unknown status (`Creating`/`Created` of
 * the create remark, REFERENCE-2 §5.1) reads as `Pending`, so the UI keeps polling.
 */
export function toIpv6EgressRule(r: Ipv6EgressOnlyRule, gatewayId: string): Ipv6EgressRule {
  const status = ipv6EgressRuleStatusSchema.safeParse(r.Status);
  return {
    id: r.Ipv6EgressOnlyRuleId,
    ipv6GatewayId: gatewayId,
    name: r.Name ?? '',
    description: r.Description ?? '',
    instanceId: r.InstanceId ?? '',
    instanceType: r.InstanceType ?? '',
    status: status.success ? status.data : 'Pending',
  };
}

/** The egress-only rules of one IPv6 gateway: rules are listed per gateway (REFERENCE-2 §5.3). */
export class Ipv6EgressRuleService {
  constructor(private readonly client: VpcClient) {}

  /** Every rule of the gateway (all pages); an unknown gateway has none (§5.3: empty list). */
  async list(regionId: string, gatewayId: string, ruleId?: string): Promise<Ipv6EgressRule[]> {
    const items = await collectPages(async (page) => {
      const r = await this.client.describeIpv6EgressOnlyRules({
        RegionId: regionId,
        Ipv6GatewayId: gatewayId,
        Ipv6EgressOnlyRuleId: ruleId,
        ...page,
      });
      return { items: r.Ipv6EgressOnlyRules.Ipv6EgressOnlyRule, totalCount: r.TotalCount };
    });
    return items.map((r) => toIpv6EgressRule(r, gatewayId));
  }

  /** One rule of the gateway; not found (empty list, §5.3) or another gateway's → 404. */
  async get(regionId: string, gatewayId: string, ruleId: string): Promise<Ipv6EgressRule> {
    const found = (await this.list(regionId, gatewayId, ruleId)).find((r) => r.id === ruleId);
    const code = 'ResourceNotFound.Ipv6EgressOnlyRule';
    return foundOr404(found, { kind: 'Egress-only rule', id: ruleId, regionId, code });
  }

  /** Makes an address outbound-only; the rule comes back `Pending` (the ClientToken dedupes). */
  async create(
    regionId: string,
    gatewayId: string,
    input: CreateIpv6EgressRuleRequest,
    clientToken: string,
  ): Promise<Ipv6EgressRule> {
    const r = await upstreamCall(IPV6_EGRESS_RULE_ERRORS, () =>
      this.client.createIpv6EgressOnlyRule({
        RegionId: regionId,
        Ipv6GatewayId: gatewayId,
        InstanceId: input.instanceId,
        InstanceType: 'Ipv6Address',
        Name: input.name,
        Description: input.description || undefined,
        ClientToken: clientToken,
      }),
    );
    // The create answer names the ID `Ipv6EgressRuleId`, without "Only" (REFERENCE-2 §5.1).
    return this.get(regionId, gatewayId, r.Ipv6EgressRuleId);
  }

  /** Deletes a rule of this gateway (read first: the API would delete another gateway's too). */
  async remove(regionId: string, gatewayId: string, ruleId: string): Promise<void> {
    await this.get(regionId, gatewayId, ruleId);
    await upstreamCall(IPV6_EGRESS_RULE_ERRORS, () =>
      this.client.deleteIpv6EgressOnlyRule({ RegionId: regionId, Ipv6EgressOnlyRuleId: ruleId }),
    );
  }
}
