import { Alert, List, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../lib/api-error';
import { serverFieldErrors, type FormErrors, type FormPath } from '../../lib/form-validation';
import { ErrorDetails } from './error-details';
import { errorMessage } from './error-message';
import { notifyError } from './notify-error';

/** What a failed submission needs of a Mantine form. */
export interface FormLike {
  values: object;
  setErrors: (errors: FormErrors) => void;
}

/**
 * Handles a failed submission: errors on the form's fields go on those fields (and are returned);
 * when none does, the failure is also notified. Whatever no field shows stays in the form through
 * {@link FormErrorAlert}.
 */
export function handleFormError(
  error: ApiError,
  form: FormLike,
  t: TFunction,
  formPath?: FormPath,
): FormErrors {
  const { fields } = serverFieldErrors(error, t, form.values, formPath);
  form.setErrors(fields);
  if (Object.keys(fields).length === 0) notifyError(error, t);
  return fields;
}

interface FormErrorAlertProps {
  /** The last submission's error (null: none). */
  error: ApiError | null;
  /** The form's values: a field error whose path they have is shown on that field instead. */
  values: object;
  formPath?: FormPath | undefined;
}

/**
 * The form's error summary: the last failure when no field shows it (message, code, RequestId),
 * and every server field error the form has no field for.
 */
export function FormErrorAlert({ error, values, formPath }: FormErrorAlertProps) {
  const { t } = useTranslation();
  if (error === null) return null;
  const { fields, unplaced } = serverFieldErrors(error, t, values, formPath);
  const onFields = Object.keys(fields).length > 0;
  if (onFields && unplaced.length === 0) return null;
  return (
    <Alert color="red" variant="outline" role="alert" title={t('errors.requestFailed')}>
      <Stack gap={4}>
        {!onFields && <Text fz="sm">{errorMessage(error, t)}</Text>}
        {unplaced.length > 0 && (
          <List size="sm">
            {unplaced.map((text) => (
              <List.Item key={text}>{text}</List.Item>
            ))}
          </List>
        )}
        {!onFields && <ErrorDetails error={error} />}
      </Stack>
    </Alert>
  );
}
