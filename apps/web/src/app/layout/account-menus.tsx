import type { Session } from '@gc/contracts';
import { ActionIcon, Text } from '@mantine/core';
import type { ComponentPropsWithRef } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyMenu } from './lazy-menu';

// The menus' targets, in the first load: they show before the menus' own code has arrived
// (lazy-menu.tsx), and Mantine's Menu.Target gives them its handlers and ref through props.
type ButtonProps = Omit<ComponentPropsWithRef<'button'>, 'color'>;

/** The "⋯" button of the session menu (sign out everywhere). */
export function SessionMenuButton(props: ButtonProps) {
  const { t } = useTranslation();
  return (
    <ActionIcon variant="default" size={30} aria-label={t('session.menu')} {...props}>
      <span aria-hidden>⋯</span>
    </ActionIcon>
  );
}

/** The round button with the user's initial that opens the compact account menu. */
export function AccountMenuButton({ session, ...props }: ButtonProps & { session: Session }) {
  const { t } = useTranslation();
  return (
    <ActionIcon
      variant="default"
      size={34}
      radius="xl"
      aria-label={t('polishWords.shell.accountMenu')}
      {...props}
    >
      <Text span fw={700} fz="sm" aria-hidden>
        {session.user.slice(0, 1).toUpperCase()}
      </Text>
    </ActionIcon>
  );
}

/** The session menu (sign out everywhere), its code loaded after the first paint. */
export const LazySessionMenu = lazyMenu<object>(
  () => import('./session-menu').then((m) => m.SessionMenu),
  SessionMenuButton,
);

/** The compact account menu (below 1200 px), its code loaded after the first paint. */
export const LazyAccountMenu = lazyMenu<{ session: Session }>(
  () => import('./compact-account-menu').then((m) => m.CompactAccountMenu),
  AccountMenuButton,
);
