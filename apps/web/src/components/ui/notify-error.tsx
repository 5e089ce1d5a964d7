import { Stack, Text } from '@mantine/core';
import type { NotificationData } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { i18n } from '../../i18n';
import type { ApiError } from '../../lib/api-error';
import { ErrorDetails } from './error-details';
import { errorMessage } from './error-message';

// Loaded on first use (the container in app/ loads after the first paint too): the toast code
// and react-transition-group stay out of every page's initial bundle.
function show(data: NotificationData): void {
  void import('@mantine/notifications').then(({ notifications }) => notifications.show(data));
}

/** Shows a failed call as a notification: message, code and a copyable RequestId. */
export function notifyError(error: ApiError, t: TFunction, title?: string): void {
  show({
    color: 'red',
    title: title ?? t('errors.requestFailed'),
    autoClose: 10_000,
    withBorder: true,
    closeButtonProps: { 'aria-label': t('common.close') },
    message: (
      <Stack gap={4}>
        <Text fz="sm">{errorMessage(error, t)}</Text>
        <ErrorDetails error={error} />
      </Stack>
    ),
  });
}

/** Shows a short confirmation of a finished action. */
export function notifySuccess(message: string): void {
  show({
    color: 'green',
    message,
    autoClose: 4_000,
    withBorder: true,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}
