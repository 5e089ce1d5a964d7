import type { CheckId } from './inventory.ts';

/** What a check looks at. */
export type CheckFamily = 'nat' | 'vpn' | 'ipv6' | 'any';

/** A fix the console can apply in one call through an existing mutating route. */
export type CheckFixAction = 'nat-deletion-protection' | 'eip-deletion-protection';

/** Where a check comes from and what it maps to in other rule sets. */
export interface CheckCatalogueEntry {
  family: CheckFamily;
  /** The Alibaba Cloud documentation page for the setting or API the fix uses. */
  docUrl: string;
  /** The InfraGuard rule ID, only where one matches (an auditor maps findings with it). */
  infraGuard?: string;
  /** The mondoo cnspec or prowler check it corresponds to (their own wording). */
  counterpart?: string;
  fixAction?: CheckFixAction;
}

const DOC = {
  deletionProtection:
    'https://www.alibabacloud.com/help/en/vpc/developer-reference/api-vpc-2016-04-28-deletionprotection',
  nat: 'https://www.alibabacloud.com/help/en/nat-gateway/',
  eip: 'https://www.alibabacloud.com/help/en/eip/',
  vpnConnections: 'https://www.alibabacloud.com/help/en/doc-detail/120390.html',
  vpn: 'https://www.alibabacloud.com/help/en/vpn/',
  ipv6: 'https://www.alibabacloud.com/help/en/ipv6-gateway/',
  tags: 'https://www.alibabacloud.com/help/en/resource-management/tag/',
  billing: 'https://www.alibabacloud.com/help/en/vpn/product-overview/billing-overview',
};

const PROWLER_TUNNELS = 'prowler vpc_vpn_connection_tunnels_up (both tunnels UP)';

/** Every check's family, documentation link, counterparts and one-click fix. */
export const CHECK_CATALOGUE: Record<CheckId, CheckCatalogueEntry> = {
  'nat-no-snat': { family: 'nat', docUrl: DOC.nat },
  'nat-eips-no-rules': { family: 'nat', docUrl: DOC.nat },
  'nat-no-deletion-protection': {
    family: 'nat',
    docUrl: DOC.deletionProtection,
    infraGuard: 'rule:aliyun:natgateway-delete-protection-enabled',
    fixAction: 'nat-deletion-protection',
  },
  'vpn-ipsec-no-connection': { family: 'vpn', docUrl: DOC.vpnConnections },
  'ipsec-not-established': {
    family: 'vpn',
    docUrl: DOC.vpnConnections,
    counterpart: PROWLER_TUNNELS,
  },
  'ipv6-no-bandwidth': { family: 'ipv6', docUrl: DOC.ipv6 },
  untagged: { family: 'any', docUrl: DOC.tags },
  'expiring-soon': { family: 'any', docUrl: DOC.billing },
  'nat-dnat-risky-port': {
    family: 'nat',
    docUrl: DOC.nat,
    infraGuard: 'rule:aliyun:nat-risk-ports-check',
  },
  'nat-eip-unused': { family: 'nat', docUrl: DOC.nat },
  'nat-snat-mixed-bandwidth': { family: 'nat', docUrl: DOC.eip },
  'nat-vpc-not-allowed': { family: 'nat', docUrl: DOC.nat },
  'vpn-single-zone': {
    family: 'vpn',
    docUrl: DOC.vpn,
    infraGuard: 'rule:aliyun:vpn-gateway-multi-zone',
  },
  'vpn-tunnels-not-established': {
    family: 'vpn',
    docUrl: DOC.vpnConnections,
    counterpart: PROWLER_TUNNELS,
  },
  'vpn-health-check-off': {
    family: 'vpn',
    docUrl: DOC.vpnConnections,
    infraGuard: 'rule:aliyun:vpn-ipsec-connection-health-check-open',
  },
  'vpn-weak-crypto': {
    family: 'vpn',
    docUrl: DOC.vpnConnections,
    counterpart: 'mondoo cnspec: VPN connection weak encryption / DH groups, per tunnel',
  },
  'vpn-ssl-no-server': { family: 'vpn', docUrl: DOC.vpn },
  'vpn-ssl-compression': { family: 'vpn', docUrl: DOC.vpn },
  'vpn-cgw-unused': { family: 'vpn', docUrl: DOC.vpn },
  'ipv6-public-no-egress-rule': { family: 'ipv6', docUrl: DOC.ipv6 },
  'ipv6-no-addresses': { family: 'ipv6', docUrl: DOC.ipv6 },
  'ipv6-bandwidth-ceiling': { family: 'ipv6', docUrl: DOC.ipv6 },
  'eip-no-deletion-protection': {
    family: 'any',
    docUrl: DOC.deletionProtection,
    infraGuard: 'rule:aliyun:eip-delete-protection-enabled',
    fixAction: 'eip-deletion-protection',
  },
};
