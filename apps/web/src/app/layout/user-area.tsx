import type { Session } from '@gc/contracts';
import { Badge, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../../lib/auth';
import { LazySessionMenu } from './account-menus';

/** Who is logged in, with which role, the demo/read-only badges, Sign out and its menu. */
export function UserArea({ session }: { session: Session }) {
  const { t } = useTranslation();
  const logout = useLogout();
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
      <LazySessionMenu />
    </Group>
  );
}
