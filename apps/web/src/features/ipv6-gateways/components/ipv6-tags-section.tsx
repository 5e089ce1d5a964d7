import type { Ipv6Gateway } from '@gc/contracts';
import { useTranslation } from 'react-i18next';
import { ResourceTagsSection } from '../../../components/ui/tags-resource-section';
import { useUpdateIpv6GatewayTags } from '../api/ipv6-gateway-mutations';

/** The gateway's tags, editable by operators (the kit's tag section and editor). */
export function Ipv6TagsSection({ gateway }: { gateway: Ipv6Gateway }) {
  const { t } = useTranslation();
  return (
    <ResourceTagsSection
      tags={gateway.tags}
      labels={{
        title: t('ipv6.tags.title'),
        edit: t('ipv6.tags.edit'),
        empty: t('ipv6.tags.empty'),
        editTitle: t('ipv6.tags.editTitle'),
        saved: t('ipv6.tags.saved'),
      }}
      target={gateway}
      useUpdate={useUpdateIpv6GatewayTags}
    />
  );
}
