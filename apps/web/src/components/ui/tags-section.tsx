import type { Tag } from '@gc/contracts';
import { Button, Text } from '@mantine/core';
import { useForm, type GetInputPropsReturnType } from '@mantine/form';
import { useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../lib/api-error';
import type { FormErrors } from '../../lib/form-validation';
import { OperatorOnly } from '../../lib/operator-only';
import { FormModal } from './form-modal';
import { submitHandlers, type SubmitHandlers } from './submit-handlers';
import { TagBadges } from './tag-badges';
import { Section } from './section';

/** What an editor of the tag rows gets from the form. */
export interface TagRowsEditorProps {
  tags: Tag[];
  inputProps: (path: string) => GetInputPropsReturnType;
  onAdd: () => void;
  onRemove: (index: number) => void;
  error?: string | undefined;
}

export interface EditTagsModalProps {
  /** Already translated: features keep their own i18n namespaces. */
  labels: { title: string; saved: string };
  initialTags: Tag[];
  Editor: ComponentType<TagRowsEditorProps>;
  validate: (values: { tags: Tag[] }) => FormErrors;
  onSave: (tags: Tag[], handlers: SubmitHandlers) => void;
  pending: boolean;
  onClose: () => void;
}

/** Replaces a resource's tags. */
export function EditTagsModal(props: EditTagsModalProps) {
  const { labels, Editor, onClose } = props;
  const { t } = useTranslation();
  const form = useForm<{ tags: Tag[] }>({
    initialValues: { tags: props.initialTags },
    validate: props.validate,
  });
  // The modal keeps its last failure itself, so no caller can forget to show it.
  const [failure, setFailure] = useState<ApiError | null>(null);
  const submit = form.onSubmit((values) => {
    setFailure(null);
    props.onSave(
      values.tags,
      submitHandlers({ form, done: labels.saved, onClose, t, onFailure: setFailure }),
    );
  });
  return (
    <FormModal
      title={labels.title}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('common.save')}
      pending={props.pending}
      error={failure}
      values={form.values}
    >
      <Editor
        tags={form.values.tags}
        inputProps={(path) => form.getInputProps(path)}
        onAdd={() => form.insertListItem('tags', { key: '', value: '' })}
        onRemove={(i) => form.removeListItem('tags', i)}
        error={form.errors.tags as string | undefined}
      />
    </FormModal>
  );
}

interface TagsSectionProps {
  tags: Tag[];
  labels: { title: string; edit: string; empty: string };
  /** The edit modal, mounted while editing so its mutation state starts fresh each time. */
  renderEditModal: (onClose: () => void) => ReactNode;
}

/** A resource's tags, editable by operators. */
export function TagsSection({ tags, labels, renderEditModal }: TagsSectionProps) {
  const [editing, setEditing] = useState(false);
  return (
    <Section
      title={labels.title}
      actions={
        <OperatorOnly>
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            {labels.edit}
          </Button>
        </OperatorOnly>
      }
    >
      {tags.length === 0 ? (
        <Text fz="sm">{labels.empty}</Text>
      ) : (
        <TagBadges tags={tags} variant="outline" gap="xs" />
      )}
      {editing && renderEditModal(() => setEditing(false))}
    </Section>
  );
}
