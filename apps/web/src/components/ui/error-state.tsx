import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../lib/api-error';
import { useErrorMessage } from './use-error-message';
import { ErrorDetails } from './error-details';

interface ErrorStateProps {
  error: ApiError;
  title?: string;
  onRetry?: () => void;
}

/** A failed load: what went wrong, its code and RequestId, and a retry. */
export function ErrorState({ error, title, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  const message = useErrorMessage(error);
  return (
    <Alert color="red" variant="outline" title={title ?? t('errors.loadFailed')} role="alert">
      <Stack gap="xs">
        <Text fz="sm">{message}</Text>
        <ErrorDetails error={error} />
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry} w="fit-content">
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
