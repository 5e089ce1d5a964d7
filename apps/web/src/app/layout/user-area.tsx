import type { Session } from '@gc/contracts';
import { ActionIcon, Badge, Button, Group, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout, useSignOutEverywhere } from '../../lib/auth';

/** Who is logged in, with which role, the demo/read-only badges, Sign out and its menu. */
export function UserArea({ session }: { session: Session }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const everywhere = useSignOutEverywhere();
  const navigate = useNavigate();
  const toLogin = { onSettled: () => void navigate('/login') };
  return (
    <Group gap="xs" wrap="nowrap">
      {session.demo && (
        <Badge color="violet" variant="outline" tt="none" c="var(--mantine-color-text)">
          {t('shell.demoData')}
        </Badge>
      )}
      {session.role === 'auditor' && (
        <Badge color="orange" variant="outline" tt="none" c="var(--mantine-color-text)">
          {t('shell.readOnly')}
        </Badge>
      )}
      <Text fz="sm" visibleFrom="sm" data-testid="current-user">
        {session.sso?.displayName ?? session.user} · {t(`roles.${session.role}`)}
      </Text>
      <Button
        size="xs"
        variant="default"
        loading={logout.isPending}
        onClick={() => logout.mutate(undefined, toLogin)}
      >
        {t('shell.signOut')}
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="default" size={30} aria-label={t('session.menu')}>
            <span aria-hidden>⋯</span>
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            onClick={() => everywhere.mutate(undefined, toLogin)}
            disabled={everywhere.isPending}
          >
            <Text fz="sm">{t('session.signOutEverywhere')}</Text>
            <Text fz="xs" c="dimmed">
              {t('session.signOutEverywhereHint')}
            </Text>
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
