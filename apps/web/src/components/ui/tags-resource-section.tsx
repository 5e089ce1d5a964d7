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
  /** Already translated: features keep their own i18n namespaces. */
  labels: { title: string; edit: string; empty: string; editTitle: string; saved: string };
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
      labels={{ title: props.labels.editTitle, saved: props.labels.saved }}
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
  return (
    <TagsSection
      tags={props.tags}
      labels={props.labels}
      renderEditModal={(onClose) => <EditModal props={props} onClose={onClose} />}
    />
  );
}
