import { replaceTagsSchema, type Tag } from '@gc/contracts';
import { useTranslation } from 'react-i18next';
import { validateWith } from '../../lib/form-validation';
import type { SubmitHandlers } from './submit-handlers';
import { TagsEditor } from './tags-editor';
import { EditTagsModal, TagsSection } from './tags-section';

/** The mutation that replaces the tags (a feature's `use…Tags` hook). */
export interface TagsMutation {
  mutate: (tags: Tag[], handlers: SubmitHandlers) => void;
  isPending: boolean;
}

interface ResourceTagsSectionProps {
  tags: Tag[];
  /** The feature's i18n namespace: its `tags.title`, `edit`, `empty`, `editTitle` and `saved`. */
  ns: 'vpn' | 'ipv6';
  /** The resource whose tags change, as the mutation hook takes it. */
  target: { regionId: string; id: string };
  /** Called inside the edit modal, so its mutation state starts fresh on each opening. */
  useUpdate: (regionId: string, id: string) => TagsMutation;
}

function EditModal({ props, onClose }: { props: ResourceTagsSectionProps; onClose: () => void }) {
  const { t } = useTranslation();
  const update = props.useUpdate(props.target.regionId, props.target.id);
  return (
    <EditTagsModal
      labels={{ title: t(`${props.ns}.tags.editTitle`), saved: t(`${props.ns}.tags.saved`) }}
      initialTags={props.tags}
      Editor={TagsEditor}
      validate={validateWith(replaceTagsSchema, (v: { tags: Tag[] }) => v, t)}
      onSave={(tags, handlers) => update.mutate(tags, handlers)}
      pending={update.isPending}
      onClose={onClose}
    />
  );
}

/** A resource's tags with the kit's editor: what a feature declares is its texts and mutation. */
export function ResourceTagsSection(props: ResourceTagsSectionProps) {
  const { t } = useTranslation();
  const { ns } = props;
  return (
    <TagsSection
      tags={props.tags}
      labels={{
        title: t(`${ns}.tags.title`),
        edit: t(`${ns}.tags.edit`),
        empty: t(`${ns}.tags.empty`),
      }}
      renderEditModal={(onClose) => <EditModal props={props} onClose={onClose} />}
    />
  );
}
