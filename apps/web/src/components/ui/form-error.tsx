import { Alert, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../lib/api-error';
import { serverFieldErrors, type FormErrors } from '../../lib/form-validation';
import { ErrorDetails } from './error-details';
import { errorMessage } from './error-message';
import { notifyError } from './notify-error';

interface FormLike {
  values: object;
  setErrors: (errors: FormErrors) => void;
}

/**
 * Handles a failed submission: errors on the form's fields go on those fields; anything else is
 * notified (message, code, RequestId) and stays visible in the form through {@link FormErrorAlert}.
 */
export function handleFormError(error: ApiError, form: FormLike, t: TFunction): void {
  const fields = serverFieldErrors(error, t, form.values);
  form.setErrors(fields);
  if (Object.keys(fields).length === 0) notifyError(error, t);
}

/** The last submission's error when it is not about one of the form's fields. */
export function FormErrorAlert({ error, values }: { error: ApiError | null; values: object }) {
  const { t } = useTranslation();
  if (error === null || Object.keys(serverFieldErrors(error, t, values)).length > 0) return null;
  return (
    <Alert color="red" variant="outline" role="alert" title={t('errors.requestFailed')}>
      <Stack gap={4}>
        <Text fz="sm">{errorMessage(error, t)}</Text>
        <ErrorDetails error={error} />
      </Stack>
    </Alert>
  );
}
