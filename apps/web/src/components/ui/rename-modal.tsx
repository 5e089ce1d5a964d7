import { Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../lib/api-error';
import type { FormErrors } from '../../lib/form-validation';
import { FormModal } from './form-modal';
import { submitHandlers, type SubmitHandlers } from './submit-handlers';

/** The two attributes every gateway lets us change. */
export interface RenameValues {
  name: string;
  description: string;
}

export interface RenameModalProps {
  /** Already translated: the modal is shared by features with their own i18n namespaces. */
  labels: { title: string; name: string; description: string; done: string };
  initialValues: RenameValues;
  /** Client-side rules (the contracts schema); an empty object means valid. */
  validate: (values: RenameValues) => FormErrors;
  onSubmit: (values: RenameValues, handlers: SubmitHandlers) => void;
  pending: boolean;
  onClose: () => void;
}

/** Changes a resource's name and description. */
export function RenameModal({
  labels,
  initialValues,
  validate,
  onSubmit,
  pending,
  onClose,
}: RenameModalProps) {
  const { t } = useTranslation();
  const form = useForm<RenameValues>({ initialValues, validate });
  // The modal keeps its last failure itself, so no caller can forget to show it.
  const [failure, setFailure] = useState<ApiError | null>(null);
  const submit = form.onSubmit((values) => {
    setFailure(null);
    onSubmit(
      values,
      submitHandlers({ form, done: labels.done, onClose, t, onFailure: setFailure }),
    );
  });
  return (
    <FormModal
      title={labels.title}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('common.save')}
      pending={pending}
      error={failure}
      values={form.values}
    >
      <TextInput label={labels.name} required data-autofocus {...form.getInputProps('name')} />
      <Textarea
        label={labels.description}
        autosize
        minRows={2}
        {...form.getInputProps('description')}
      />
    </FormModal>
  );
}
