import { DEFAULT_CHECK_SETTINGS } from './check-settings.ts';
import type { GatewayCheck } from './gateway-check.ts';

/** IPv6 addresses are private until their gateway allocates internet bandwidth for them. */
export const ipv6NoBandwidthCheck: GatewayCheck = {
  id: 'ipv6-no-bandwidth',
  severity: 'low',
  explanation:
    'Some IPv6 addresses in the gateway’s VPC have no internet bandwidth, so they cannot reach or be reached from the internet.',
  fix: 'Allocate IPv6 internet bandwidth for the addresses that need public access (AllocateIpv6InternetBandwidth).',
  run(item) {
    const missing = item.details.addressesWithoutBandwidth;
    if (item.type !== 'ipv6' || !missing || missing.length === 0) return undefined;
    return { count: missing.length, addresses: missing.join(' ') };
  },
};

/** A public IPv6 address without an egress-only rule accepts connections from the internet. */
export const ipv6PublicNoEgressRuleCheck: GatewayCheck = {
  id: 'ipv6-public-no-egress-rule',
  severity: 'medium',
  explanation:
    'IPv6 addresses have internet bandwidth but no egress-only rule, so the internet can open connections to them.',
  fix: 'Add an egress-only rule for each address that only needs outbound access.',
  run(item) {
    const addrs = item.details.ipv6Addresses;
    if (item.type !== 'ipv6' || !addrs) return undefined;
    const open = addrs.filter((a) => a.bandwidth !== null && !a.egressOnly);
    return open.length
      ? { count: open.length, addresses: open.map((a) => a.address).join(', ') }
      : undefined;
  },
};

/** An IPv6 gateway no address uses is billed for nothing. */
export const ipv6NoAddressesCheck: GatewayCheck = {
  id: 'ipv6-no-addresses',
  severity: 'low',
  explanation: 'No IPv6 address in the gateway’s VPC uses the gateway.',
  fix: 'Assign IPv6 addresses to instances in the VPC, or delete the gateway.',
  run(item) {
    return item.type === 'ipv6' && item.details.addressCount === 0 ? {} : undefined;
  },
};

/** Bandwidth above the deployment's ceiling is a cost (and exposure) nobody planned. */
export const ipv6BandwidthCeilingCheck: GatewayCheck = {
  id: 'ipv6-bandwidth-ceiling',
  severity: 'low',
  explanation:
    'IPv6 addresses have more internet bandwidth than the ceiling set for this deployment.',
  fix: 'Lower the bandwidth (ModifyIpv6InternetBandwidth), or raise the ceiling in the rule set.',
  run(item, _now, settings = DEFAULT_CHECK_SETTINGS) {
    const addrs = item.details.ipv6Addresses;
    if (item.type !== 'ipv6' || !addrs) return undefined;
    const max = settings.ipv6MaxBandwidthMbps;
    const over = addrs.filter((a) => a.bandwidth !== null && a.bandwidth > max);
    if (over.length === 0) return undefined;
    return {
      count: over.length,
      ceiling: max,
      addresses: over.map((a) => `${a.address} (${a.bandwidth} Mbit/s)`).join(', '),
    };
  },
};
