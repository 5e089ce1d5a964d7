import { list, obj, response } from '../schema.ts';
import type { Infer } from '../schema.ts';
import { defineAction, pageFields, requestIdOnly } from './define-action.ts';
import type { ClientTokenRequest, PageRequest } from './define-action.ts';

/** CreateIpv6EgressOnlyRule request (REFERENCE-2 §5.1); `InstanceId` is the IPv6 address ID. */
export interface CreateIpv6EgressOnlyRuleRequest extends ClientTokenRequest {
  RegionId: string;
  Ipv6GatewayId: string;
  InstanceId: string;
  /** `Ipv6Address` (the only value) here, `IPv6Address` in the list (REFERENCE-2 §5.1). */
  InstanceType?: string;
  Name?: string;
  Description?: string;
  DryRun?: boolean;
}

/** DeleteIpv6EgressOnlyRule request (REFERENCE-2 §5.2). */
export interface DeleteIpv6EgressOnlyRuleRequest extends ClientTokenRequest {
  RegionId: string;
  Ipv6EgressOnlyRuleId: string;
  DryRun?: boolean;
}

/** DescribeIpv6EgressOnlyRules request: rules are listed per gateway (REFERENCE-2 §5.3). */
export interface DescribeIpv6EgressOnlyRulesRequest extends PageRequest {
  RegionId: string;
  Ipv6GatewayId: string;
  Ipv6EgressOnlyRuleId?: string;
  InstanceId?: string;
  /** `IPv6Address` (default) or `IPv6Prefix`. */
  InstanceType?: string;
  Name?: string;
}

/** ModifyIpv6AddressAttribute request: `Name`/`Description`, not `Ipv6AddressName` (§5.4). */
export interface ModifyIpv6AddressAttributeRequest extends ClientTokenRequest {
  RegionId: string;
  Ipv6AddressId: string;
  Name?: string;
  Description?: string;
  DryRun?: boolean;
}

const egressOnlyRule = obj({
  Ipv6EgressOnlyRuleId: 'string!',
  Name: 'string',
  Description: 'string',
  InstanceId: 'string',
  InstanceType: 'string',
  Status: 'string',
});

/** An egress-only rule of DescribeIpv6EgressOnlyRules. */
export type Ipv6EgressOnlyRule = Infer<typeof egressOnlyRule>;

/** IPv6 egress-only rule actions and ModifyIpv6AddressAttribute (REFERENCE-2 §5.1–5.4). */
export const ipv6EgressRuleActions = {
  // The create answer drops "Only" from the ID's field name (REFERENCE-2 §5.1).
  CreateIpv6EgressOnlyRule: defineAction<CreateIpv6EgressOnlyRuleRequest>()(
    response({ Ipv6EgressRuleId: 'string!' }),
  ),
  DeleteIpv6EgressOnlyRule: defineAction<DeleteIpv6EgressOnlyRuleRequest>()(requestIdOnly),
  DescribeIpv6EgressOnlyRules: defineAction<DescribeIpv6EgressOnlyRulesRequest>({ read: true })(
    response({ ...pageFields, Ipv6EgressOnlyRules: list('Ipv6EgressOnlyRule', egressOnlyRule) }),
  ),
  ModifyIpv6AddressAttribute: defineAction<ModifyIpv6AddressAttributeRequest>()(requestIdOnly),
};

type Actions = typeof ipv6EgressRuleActions;
/** CreateIpv6EgressOnlyRule response. */
export type CreateIpv6EgressOnlyRuleResponse = Infer<
  Actions['CreateIpv6EgressOnlyRule']['response']
>;
/** DescribeIpv6EgressOnlyRules response. */
export type DescribeIpv6EgressOnlyRulesResponse = Infer<
  Actions['DescribeIpv6EgressOnlyRules']['response']
>;
