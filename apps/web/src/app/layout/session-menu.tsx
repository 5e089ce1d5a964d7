import { Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSignOutEverywhere } from '../../lib/auth';
import { SessionMenuButton } from './account-menus';
import type { LazyMenuProps } from './lazy-menu';

/** The "⋯" menu beside Sign out: sign out everywhere (every browser of this user). */
export function SessionMenu({ defaultOpened }: LazyMenuProps) {
  const { t } = useTranslation();
  const everywhere = useSignOutEverywhere();
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" withinPortal defaultOpened={defaultOpened}>
      <Menu.Target>
        <SessionMenuButton />
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          onClick={() => everywhere.mutate(undefined, { onSettled: () => void navigate('/login') })}
          disabled={everywhere.isPending}
        >
          <Text fz="sm">{t('session.signOutEverywhere')}</Text>
          <Text fz="xs" c="dimmed">
            {t('session.signOutEverywhereHint')}
          </Text>
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
