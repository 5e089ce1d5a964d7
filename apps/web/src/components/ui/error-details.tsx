import { ActionIcon, Code, CopyButton, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../lib/api-error';

const iconProps = {
  width: 14,
  height: 14,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  'aria-hidden': true,
} as const;

const CopyIcon = () => (
  <svg {...iconProps}>
    <rect x="9" y="9" width="12" height="12" rx="2" />
    <path d="M5 15V5a2 2 0 0 1 2-2h10" />
  </svg>
);

const CheckIcon = () => (
  <svg {...iconProps}>
    <path d="M5 12l5 5L20 7" />
  </svg>
);

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
                {copied ? <CheckIcon /> : <CopyIcon />}
              </ActionIcon>
            )}
          </CopyButton>
        </Group>
      )}
    </Group>
  );
}
