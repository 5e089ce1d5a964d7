import type { Ipv6Gateway } from '@gc/contracts';
import { ResourceTagsSection } from '../../../components/ui/tags-resource-section';
import { useUpdateIpv6GatewayTags } from '../api/ipv6-gateway-mutations';

/** The gateway's tags, editable by operators (the kit's tag section and editor). */
export function Ipv6TagsSection({ gateway }: { gateway: Ipv6Gateway }) {
  return (
    <ResourceTagsSection
      ns="ipv6"
      tags={gateway.tags}
      target={gateway}
      useUpdate={useUpdateIpv6GatewayTags}
    />
  );
}
