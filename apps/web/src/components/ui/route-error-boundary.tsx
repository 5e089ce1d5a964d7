import { Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ApiError } from '../../lib/api-error';
import { ErrorDetails } from './error-details';
import { errorMessage } from './error-message';

/** The error element of every route: one page failing never blanks the whole console. */
export function RouteErrorBoundary() {
  const { t } = useTranslation();
  const error = useRouteError();
  let message: string;
  if (error instanceof ApiError) message = errorMessage(error, t);
  else if (isRouteErrorResponse(error)) message = `${error.status} ${error.statusText}`;
  else message = error instanceof Error ? error.message : String(error);
  return (
    <Container size="sm" py="xl">
      <Stack role="alert">
        <Title order={1}>{t('errors.boundaryTitle')}</Title>
        <Text>{message}</Text>
        {error instanceof ApiError && <ErrorDetails error={error} />}
        <Group>
          <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
          <Button component={Link} to="/" variant="default">
            {t('errors.home')}
          </Button>
        </Group>
      </Stack>
    </Container>
  );
}
