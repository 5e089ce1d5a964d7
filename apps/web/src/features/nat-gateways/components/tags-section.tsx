import { replaceTagsSchema, type NatGateway, type Tag } from '@gc/contracts';
import { useTranslation } from 'react-i18next';
import {
  EditTagsModal,
  TagsSection as SharedTagsSection,
} from '../../../components/ui/tags-section';
import { validateWith } from '../../../lib/form-validation';
import { useUpdateNatGatewayTags } from '../api/update-nat-gateway';
import { TagsEditor } from '../../../components/ui/tags-editor';

function EditNatTagsModal({ gateway, onClose }: { gateway: NatGateway; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateNatGatewayTags(gateway.regionId, gateway.id);
  return (
    <EditTagsModal
      labels={{ title: t('nat.tags.editTitle'), saved: t('nat.tags.saved') }}
      initialTags={gateway.tags}
      Editor={TagsEditor}
      validate={validateWith(replaceTagsSchema, (v: { tags: Tag[] }) => v, t)}
      onSave={(tags, handlers) => update.mutate(tags, handlers)}
      pending={update.isPending}
      onClose={onClose}
    />
  );
}

/** The gateway's tags, editable by operators. */
export function TagsSection({ gateway }: { gateway: NatGateway }) {
  const { t } = useTranslation();
  return (
    <SharedTagsSection
      tags={gateway.tags}
      labels={{ title: t('nat.tags.title'), edit: t('nat.tags.edit'), empty: t('nat.tags.empty') }}
      renderEditModal={(onClose) => <EditNatTagsModal gateway={gateway} onClose={onClose} />}
    />
  );
}
