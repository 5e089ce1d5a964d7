import type { Session } from '@gc/contracts';
import { Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { changeLanguage, LANGUAGES } from '../../i18n';
import { useLogout, useSignOutEverywhere } from '../../lib/auth';
import { AccountMenuButton } from './account-menus';
import type { LazyMenuProps } from './lazy-menu';

/**
 * The top bar's right side folded into one menu below 1200 px: at 1024 and 768 px the language
 * select, badges, user and Sign out do not fit beside the title and region switcher (issue 18).
 */
export function CompactAccountMenu({
  session,
  defaultOpened,
}: { session: Session } & Partial<LazyMenuProps>) {
  const { t, i18n } = useTranslation();
  const logout = useLogout();
  const everywhere = useSignOutEverywhere();
  const navigate = useNavigate();
  const toLogin = { onSettled: () => void navigate('/login') };
  const badges = [
    session.demo ? t('shell.demoData') : undefined,
    session.role === 'auditor' ? t('shell.readOnly') : undefined,
  ].filter(Boolean);
  return (
    <Menu position="bottom-end" withinPortal width={240} defaultOpened={defaultOpened}>
      <Menu.Target>
        <AccountMenuButton session={session} />
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {session.user} · {t(`roles.${session.role}`)}
          {badges.length > 0 && ` · ${badges.join(' · ')}`}
        </Menu.Label>
        <Menu.Divider />
        <Menu.Label>{t('shell.language')}</Menu.Label>
        {LANGUAGES.map((l) => (
          <Menu.Item
            key={l.code}
            lang={l.code}
            aria-current={i18n.language === l.code ? 'true' : undefined}
            fw={i18n.language === l.code ? 700 : undefined}
            onClick={() => void changeLanguage(l.code)}
          >
            {t(l.labelKey)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item onClick={() => logout.mutate(undefined, toLogin)} disabled={logout.isPending}>
          {t('shell.signOut')}
        </Menu.Item>
        <Menu.Item
          onClick={() => everywhere.mutate(undefined, toLogin)}
          disabled={everywhere.isPending}
        >
          {t('session.signOutEverywhere')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
