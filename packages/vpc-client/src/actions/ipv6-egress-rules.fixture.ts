import { XML_PROLOG, requestIdOnly } from './action-fixture.ts';
import type { ActionFixture } from './action-fixture.ts';

const rule = {
  Ipv6EgressOnlyRuleId: 'ipv6py-bp1i8ahxut1xxz2n3****',
  Name: 'out-only',
  Description: '',
  InstanceId: 'ipv6-bp1cpq8mr64paltkb****',
  InstanceType: 'IPv6Address',
  Status: 'Available',
};
const ruleXml = `<Ipv6EgressOnlyRuleId>ipv6py-bp1i8ahxut1xxz2n3****</Ipv6EgressOnlyRuleId><Name>out-only</Name><Description></Description><InstanceId>ipv6-bp1cpq8mr64paltkb****</InstanceId><InstanceType>IPv6Address</InstanceType><Status>Available</Status>`;

/** Recorded IPv6 egress-only rule bodies (REFERENCE-2 §5.1–5.4). */
export const ipv6EgressRuleFixtures: ActionFixture[] = [
  {
    action: 'CreateIpv6EgressOnlyRule',
    name: 'new rule (Ipv6EgressRuleId, without "Only")',
    xml: `${XML_PROLOG}<CreateIpv6EgressOnlyRuleResponse><RequestId>3B4C5D6E-7777-4C8D-9EAF-B0C1D2E3F405</RequestId><Ipv6EgressRuleId>ipv6py-bp1i8ahxut1xxz2n3****</Ipv6EgressRuleId></CreateIpv6EgressOnlyRuleResponse>`,
    json: JSON.stringify({
      RequestId: '3B4C5D6E-7777-4C8D-9EAF-B0C1D2E3F405',
      Ipv6EgressRuleId: 'ipv6py-bp1i8ahxut1xxz2n3****',
    }),
  },
  {
    action: 'DescribeIpv6EgressOnlyRules',
    name: 'one rule in its wrapper',
    xml: `${XML_PROLOG}<DescribeIpv6EgressOnlyRulesResponse><RequestId>4C5D6E7F-8888-4D9E-8FB0-C1D2E3F40516</RequestId><TotalCount>1</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize><Ipv6EgressOnlyRules><Ipv6EgressOnlyRule>${ruleXml}</Ipv6EgressOnlyRule></Ipv6EgressOnlyRules></DescribeIpv6EgressOnlyRulesResponse>`,
    json: JSON.stringify({
      RequestId: '4C5D6E7F-8888-4D9E-8FB0-C1D2E3F40516',
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 10,
      Ipv6EgressOnlyRules: { Ipv6EgressOnlyRule: [rule] },
    }),
  },
  {
    action: 'DescribeIpv6EgressOnlyRules',
    name: 'no rule: empty wrapper (not found, REFERENCE-2 §5.3)',
    xml: `${XML_PROLOG}<DescribeIpv6EgressOnlyRulesResponse><RequestId>5D6E7F80-9999-4EAF-90C1-D2E3F4051627</RequestId><TotalCount>0</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize><Ipv6EgressOnlyRules/></DescribeIpv6EgressOnlyRulesResponse>`,
    json: JSON.stringify({
      RequestId: '5D6E7F80-9999-4EAF-90C1-D2E3F4051627',
      TotalCount: 0,
      PageNumber: 1,
      PageSize: 10,
      Ipv6EgressOnlyRules: { Ipv6EgressOnlyRule: [] },
    }),
  },
  requestIdOnly('DeleteIpv6EgressOnlyRule', '6E7F8091-AAAA-4FB0-81D2-E3F405162738'),
  requestIdOnly('ModifyIpv6AddressAttribute', '7F8091A2-BBBB-40C1-92E3-F40516273849'),
];
