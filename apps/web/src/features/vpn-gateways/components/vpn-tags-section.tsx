import type { VpnGateway } from '@gc/contracts';
import { useTranslation } from 'react-i18next';
import { ResourceTagsSection } from '../../../components/ui/tags-resource-section';
import { useUpdateVpnGatewayTags } from '../api/vpn-gateways';

/** The gateway's tags, editable by operators (the kit's tag section and editor). */
export function VpnTagsSection({ gateway }: { gateway: VpnGateway }) {
  const { t } = useTranslation();
  return (
    <ResourceTagsSection
      tags={gateway.tags}
      labels={{
        title: t('vpn.tags.title'),
        edit: t('vpn.tags.edit'),
        empty: t('vpn.tags.empty'),
        editTitle: t('vpn.tags.editTitle'),
        saved: t('vpn.tags.saved'),
      }}
      target={gateway}
      useUpdate={useUpdateVpnGatewayTags}
    />
  );
}
