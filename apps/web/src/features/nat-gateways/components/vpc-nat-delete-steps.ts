import { vpcNatRoutes, type NatGateway } from '@gc/contracts';
import { bffClient } from '../../../lib/bff-client';
import { useFullNatEntries, useNatIpCidrs, useNatIps, useVpcNatMutations } from '../api/vpc-nat';

type Lister = typeof vpcNatRoutes.listIps | typeof vpcNatRoutes.listFullNat;

/** Waits until the list no longer holds `id`: NAT IP and FULLNAT deletes finish in the background. */
async function gone(route: Lister, params: { regionId: string; id: string }, id: string) {
  for (let i = 0; i < 120; i += 1) {
    const { items } = await bffClient.call(route, { params });
    if (!items.some((x) => x.id === id)) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${id} is still being deleted`);
}

/**
 * The steps a VPC NAT gateway's delete needs first (REFERENCE-2 §6 #2: the API refuses while
 * they remain): FULLNAT entries, then the added NAT IPs, then the added NAT CIDR blocks, each
 * waited for until gone. Steps are ids; `owns` tells them from the gateway's own step.
 */
export function useVpcNatDeleteSteps(gateway: NatGateway) {
  const { regionId, id } = gateway;
  const vpcNat = gateway.networkType === 'intranet';
  const params = { regionId, id };
  const entries = useFullNatEntries(regionId, id, vpcNat);
  const ips = useNatIps(regionId, id, vpcNat);
  const cidrs = useNatIpCidrs(regionId, id, vpcNat);
  const m = useVpcNatMutations(regionId, id);
  const loaded = entries.data && ips.data && cidrs.data;
  const labels = new Map<string, string>([
    ...(entries.data?.items ?? []).map((e) => [e.id, `FULLNAT ${e.name || e.id}`] as const),
    ...(ips.data?.items ?? []).map((n) => [n.id, `NAT IP ${n.ip}`] as const),
    ...(cidrs.data?.items ?? []).map((c) => [c.id, `NAT CIDR ${c.cidr}`] as const),
  ]);
  const ids = !vpcNat
    ? []
    : loaded
      ? [
          ...entries.data.items.map((e) => e.id),
          ...ips.data.items.filter((n) => !n.isDefault).map((n) => n.id),
          ...cidrs.data.items.filter((c) => !c.isDefault).map((c) => c.id),
        ]
      : undefined;
  return {
    ids,
    owns: (step: string) => labels.has(step),
    label: (step: string) => labels.get(step) ?? step,
    run: async (step: string): Promise<unknown> => {
      if (step.startsWith('fullnat-')) {
        await m.removeFullNat.mutateAsync(step);
        return gone(vpcNatRoutes.listFullNat, params, step);
      }
      if (step.startsWith('vpcnatip-')) {
        await m.removeIp.mutateAsync(step);
        return gone(vpcNatRoutes.listIps, params, step);
      }
      return m.removeCidr.mutateAsync(step);
    },
  };
}
