import { ActionIcon, Code, CopyButton, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../lib/api-error';

/** An error's code and RequestId, the RequestId copyable for a support ticket. */
export function ErrorDetails({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap" fz="sm">
      <Text span fz="sm">
        {t('errors.code')}: <Code>{error.code}</Code>
      </Text>
      {error.requestId !== undefined && (
        <Group gap={4} wrap="nowrap">
          <Text span fz="sm">
            {t('errors.requestId')}: <Code data-testid="request-id">{error.requestId}</Code>
          </Text>
          <CopyButton value={error.requestId}>
            {({ copied, copy }) => (
              // No Tooltip: it would pull floating-ui into the first load for one hint.
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                onClick={copy}
                aria-label={copied ? t('common.copied') : t('errors.copyRequestId')}
                title={copied ? t('common.copied') : t('errors.copyRequestId')}
              >
                <span aria-hidden="true">{copied ? '✓' : '⧉'}</span>
              </ActionIcon>
            )}
          </CopyButton>
        </Group>
      )}
    </Group>
  );
}
