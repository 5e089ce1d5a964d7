import type { GatewayCheck } from './gateway-check.ts';

// A count of `null` means the region failed before it was read: the check stays silent rather
// than reporting a problem it cannot see.

/** A NAT gateway with no SNAT entry gives no outbound internet access to anything. */
export const natNoSnatCheck: GatewayCheck = {
  id: 'nat-no-snat',
  severity: 'medium',
  explanation: 'The NAT gateway has no SNAT entry, so no instance reaches the internet through it.',
  fix: 'Add an SNAT entry for the vSwitches or CIDR blocks that need outbound access, or delete the gateway if it is unused.',
  run(item) {
    if (item.type !== 'nat' || item.details.snatCount !== 0) return undefined;
    return {};
  },
};

/** EIPs bound to a NAT gateway with neither SNAT nor DNAT rules are paid for and unused. */
export const natEipsNoRulesCheck: GatewayCheck = {
  id: 'nat-eips-no-rules',
  severity: 'medium',
  explanation:
    'The NAT gateway has EIPs bound but neither SNAT nor DNAT entries: the addresses are billed and carry no traffic.',
  fix: 'Create SNAT or DNAT entries that use the EIPs, or unbind and release them.',
  run(item) {
    const d = item.details;
    if (item.type !== 'nat' || !d.eipCount) return undefined;
    if (d.snatCount !== 0 || d.dnatCount !== 0) return undefined;
    return { eips: d.eipCount };
  },
};

/** Without deletion protection one API call or click deletes the gateway. */
export const natNoDeletionProtectionCheck: GatewayCheck = {
  id: 'nat-no-deletion-protection',
  severity: 'low',
  explanation: 'Deletion protection is off: the gateway can be deleted by a single call.',
  fix: 'Turn on deletion protection (ModifyNatGatewayAttribute / the VPC console) for gateways in use.',
  run(item) {
    if (item.type !== 'nat' || item.details.deletionProtection !== false) return undefined;
    return {};
  },
};
