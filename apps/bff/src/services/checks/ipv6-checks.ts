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
