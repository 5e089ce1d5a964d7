import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../lib/api-error';
import type { FormErrors } from '../../lib/form-validation';
import { FormErrorAlert } from './form-error';
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
  /** The server's field errors to show on the form; none means the error is notified instead. */
  serverErrors: (error: ApiError, values: RenameValues) => FormErrors;
  onSubmit: (values: RenameValues, handlers: SubmitHandlers) => void;
  pending: boolean;
  /** When given (even null), a failure not tied to a field also stays visible in the form. */
  error?: ApiError | null;
  onClose: () => void;
}

/** Changes a resource's name and description. */
export function RenameModal({
  labels,
  initialValues,
  validate,
  serverErrors,
  onSubmit,
  pending,
  error,
  onClose,
}: RenameModalProps) {
  const { t } = useTranslation();
  const form = useForm<RenameValues>({ initialValues, validate });
  const submit = form.onSubmit((values) =>
    onSubmit(values, submitHandlers({ form, serverErrors, done: labels.done, onClose, t })),
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={labels.title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={labels.name} required data-autofocus {...form.getInputProps('name')} />
          <Textarea
            label={labels.description}
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          {error !== undefined && <FormErrorAlert error={error} values={form.values} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
