import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The product's mark: a gateway (the circle) on the path between two networks (the lines).
 * Inline rather than an <img>, so it needs no request and takes the theme's colours.
 */
export function LogoMark({ size = 24 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden focusable="false">
      <rect width="32" height="32" rx="7" fill="var(--mantine-color-blue-8)" />
      <path d="M7 11h18M7 21h18" stroke="#a5d8ff" strokeWidth="2.5" strokeLinecap="round" />
      <circle cx="16" cy="16" r="5.5" fill="#fff" />
      <path d="M16 5v22" stroke="#fff" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}

/** The mark and the product name, as the top bar and the login page show them. */
export function Logo({ nameVisibleFrom }: { nameVisibleFrom?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap" data-testid="logo">
      <LogoMark />
      <Text fw={700} visibleFrom={nameVisibleFrom} style={{ whiteSpace: 'nowrap' }}>
        {t('app.title')}
      </Text>
    </Group>
  );
}
