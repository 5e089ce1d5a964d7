import { ActionIcon, Code, CopyButton, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const iconProps = {
  width: 14,
  height: 14,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  'aria-hidden': true,
} as const;

/**
 * An ID in monospace with a copy button named after what it copies; on one line unless `wrap`
 * (long tokens would otherwise overflow into a scrollable region keyboards cannot reach).
 */
export function CopyableId({
  value,
  label,
  wrap = false,
}: {
  value: string;
  label: string;
  wrap?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Code
        fz="xs"
        data-testid="audit-request-id"
        style={wrap ? { overflowWrap: 'anywhere' } : { whiteSpace: 'nowrap' }}
      >
        {value}
      </Code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            onClick={copy}
            aria-label={copied ? t('common.copied') : label}
            title={copied ? t('common.copied') : label}
          >
            <svg {...iconProps}>
              {copied ? (
                <path d="M5 12l5 5L20 7" />
              ) : (
                <>
                  <rect x="9" y="9" width="12" height="12" rx="2" />
                  <path d="M5 15V5a2 2 0 0 1 2-2h10" />
                </>
              )}
            </svg>
          </ActionIcon>
        )}
      </CopyButton>
    </Group>
  );
}
