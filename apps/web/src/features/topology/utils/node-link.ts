import type { TopologyTarget } from '@gc/contracts';

/** The console page a node opens (`undefined` when there is none). */
export function nodeLink(regionId: string, target: TopologyTarget | undefined): string | undefined {
  if (!target) return undefined;
  const r = `/regions/${encodeURIComponent(regionId)}`;
  const id = encodeURIComponent(target.id);
  switch (target.page) {
    case 'nat-gateway':
      return `${r}/nat-gateways/${id}`;
    case 'vpn-gateway':
      return `${r}/vpn-gateways/${id}`;
    case 'ipv6-gateway':
      return `${r}/ipv6-gateways/${id}`;
    case 'customer-gateways':
      return `${r}/vpn-gateways/customer-gateways`;
    case 'nat-gateways':
      return `${r}/nat-gateways?vpcId=${id}`;
  }
}
