import { ActionIcon, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isHydrating } from '../../lib/hydration';

const SUN =
  'M12 4V2m0 20v-2m8-8h2M2 12h2m13.7-5.7 1.4-1.4M4.9 19.1l1.4-1.4m0-11.4L4.9 4.9m14.2 14.2-1.4-1.4';

/**
 * Light / dark. The theme follows the system setting (`defaultColorScheme="auto"`) until this is
 * pressed; Mantine then remembers the choice in localStorage.
 */
export function ColorSchemeSwitch() {
  const { t } = useTranslation();
  const { setColorScheme } = useMantineColorScheme();
  // A server-rendered page cannot know the system's scheme: it draws light, the effect corrects it.
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: isHydrating() });
  const dark = computed === 'dark';
  return (
    <ActionIcon
      variant="default"
      size={30}
      onClick={() => setColorScheme(dark ? 'light' : 'dark')}
      aria-label={dark ? t('polishLook.colorScheme.toLight') : t('polishLook.colorScheme.toDark')}
      data-color-scheme={computed}
    >
      <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" aria-hidden>
        {dark ? (
          <>
            <circle cx="12" cy="12" r="4" strokeWidth="2" />
            <path d={SUN} strokeWidth="2" strokeLinecap="round" />
          </>
        ) : (
          <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" strokeWidth="2" />
        )}
      </svg>
    </ActionIcon>
  );
}
