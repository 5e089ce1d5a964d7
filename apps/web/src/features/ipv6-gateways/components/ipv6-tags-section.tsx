import { replaceTagsSchema, type Ipv6Gateway, type Tag } from '@gc/contracts';
import { useTranslation } from 'react-i18next';
import { EditTagsModal, TagsSection } from '../../../components/ui/tags-section';
import { validateWith } from '../../../lib/form-validation';
import { TagsEditor } from '../../../components/ui/tags-editor';
import { useUpdateIpv6GatewayTags } from '../api/ipv6-gateway-mutations';

function EditIpv6TagsModal({ gateway, onClose }: { gateway: Ipv6Gateway; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateIpv6GatewayTags(gateway.regionId, gateway.id);
  return (
    <EditTagsModal
      labels={{ title: t('ipv6.tags.editTitle'), saved: t('ipv6.tags.saved') }}
      initialTags={gateway.tags}
      Editor={TagsEditor}
      validate={validateWith(replaceTagsSchema, (v: { tags: Tag[] }) => v, t)}
      onSave={(tags, handlers) => update.mutate(tags, handlers)}
      pending={update.isPending}
      onClose={onClose}
    />
  );
}

/** The gateway's tags, editable by operators (the NAT feature's tag editor). */
export function Ipv6TagsSection({ gateway }: { gateway: Ipv6Gateway }) {
  const { t } = useTranslation();
  return (
    <TagsSection
      tags={gateway.tags}
      labels={{
        title: t('ipv6.tags.title'),
        edit: t('ipv6.tags.edit'),
        empty: t('ipv6.tags.empty'),
      }}
      renderEditModal={(onClose) => <EditIpv6TagsModal gateway={gateway} onClose={onClose} />}
    />
  );
}
