import { useTranslation } from 'react-i18next';

/** The id of the page's main region, the skip link's target. */
export const MAIN_CONTENT_ID = 'main-content';

const HIDDEN_UNTIL_FOCUSED = {
  position: 'absolute',
  left: 8,
  top: 8,
  zIndex: 1000,
  padding: '8px 12px',
  borderRadius: 4,
  background: 'var(--mantine-color-body)',
  color: 'var(--mantine-color-anchor)',
  border: '2px solid var(--mantine-color-blue-6)',
  transform: 'translateY(-200%)',
} as const;

/**
 * "Skip to content": the first stop of the keyboard, visible only when focused, so keyboard and
 * screen-reader users jump past the top bar and the navigation (WCAG 2.4.1).
 */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      style={HIDDEN_UNTIL_FOCUSED}
      onFocus={(e) => (e.currentTarget.style.transform = 'none')}
      onBlur={(e) => (e.currentTarget.style.transform = HIDDEN_UNTIL_FOCUSED.transform)}
    >
      {t('polishLook.skipToContent')}
    </a>
  );
}
