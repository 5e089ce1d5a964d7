import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A centred spinner for a page (or the whole screen) that is loading. */
export function PageLoader({ fullScreen = false }: { fullScreen?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center
      h={fullScreen ? '100vh' : undefined}
      p="xl"
      role="status"
      aria-label={t('common.loading')}
    >
      <Loader />
    </Center>
  );
}
