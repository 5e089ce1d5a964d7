import { Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../lib/api-error';
import type { FormPath } from '../../lib/form-validation';
import { FormErrorAlert } from './form-error';

export interface FormModalProps {
  /** The dialog's title, which is also its accessible name. */
  title: string;
  onClose: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  /** The mutation is in flight: the submit button spins and can't be pressed twice. */
  pending: boolean;
  /** The last failure, for the error summary. */
  error: ApiError | null;
  /** The form's values: a server field error they have a path for shows on its field instead. */
  values: object;
  formPath?: FormPath;
  size?: ModalProps['size'];
  children: ReactNode;
}

/**
 * A dialog around one form: the fields, the error summary (what no field shows), Cancel and the
 * submit button. Every create and edit dialog is this, so they look and behave alike.
 */
export function FormModal(props: FormModalProps) {
  const { title, onClose, onSubmit, submitLabel, pending, error, values, formPath, size } = props;
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size={size}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {/* noValidate: the form's own checks (the contracts' schema) speak, not the browser's. */}
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {props.children}
          <FormErrorAlert error={error} values={values} formPath={formPath} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
