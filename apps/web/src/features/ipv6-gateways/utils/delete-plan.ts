import type { Ipv6Address } from '@gc/contracts';

/** One step of deleting a gateway: release one address's bandwidth, or delete the gateway. */
export type PlanStep =
  { kind: 'release'; address: Ipv6Address } | { kind: 'delete'; gatewayId: string };

/**
 * The API refuses to delete a gateway while any address of its VPC has internet bandwidth
 * (`DependencyViolation.Ipv6InternetBandwidth`, REFERENCE §3.5), so each is released first.
 */
export function buildDeletePlan(gatewayId: string, addresses: Ipv6Address[]): PlanStep[] {
  const releases: PlanStep[] = addresses
    .filter((a) => a.internetBandwidth !== undefined)
    .map((address) => ({ kind: 'release', address }));
  return [...releases, { kind: 'delete', gatewayId }];
}
