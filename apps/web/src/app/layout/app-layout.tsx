import { AppShell, Burger, Center, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { PageLoader } from '../../components/ui/page-loader';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useParams } from 'react-router';
import { ColorSchemeSwitch } from '../../components/ui/color-scheme-switch';
import { ErrorState } from '../../components/ui/error-state';
import { Logo } from '../../components/ui/logo';
import { MAIN_CONTENT_ID, SkipLink } from '../../components/ui/skip-link';
import { useSession } from '../../lib/auth';
import { useQuery } from '@tanstack/react-query';
import {
  pickRegion,
  regionsQueryOptions,
  rememberedRegion,
  rememberRegion,
} from '../../lib/lookups/regions';
import { LazyAccountMenu } from './account-menus';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { RegionSwitcher } from './region-switcher';
import { UpstreamRateNotice } from './upstream-rate-notice';
import { UserArea } from './user-area';

/** The signed-in shell: top bar, side navigation and the page. Logged-out users go to login. */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const { regionId } = useParams();
  const [opened, { toggle, close }] = useDisclosure();
  const regions = useQuery({ ...regionsQueryOptions, enabled: Boolean(session.data) });
  // Pages outside a region (a 404) keep the sidebar and switcher, on the region the user last had.
  const shellRegion =
    regionId ?? (regions.data ? pickRegion(regions.data.items, rememberedRegion()) : undefined);
  useEffect(() => {
    if (regionId !== undefined) rememberRegion(regionId);
  }, [regionId]);

  if (session.isPending) {
    return <PageLoader fullScreen />;
  }
  if (session.isError) {
    return (
      <Center h="100vh" p="md">
        <ErrorState error={session.error} onRetry={() => void session.refetch()} />
      </Center>
    );
  }
  if (session.data === null) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.toggleNav')}
            />
            <Logo nameVisibleFrom="xs" />
            {shellRegion !== undefined && <RegionSwitcher regionId={shellRegion} />}
          </Group>
          <Group gap="sm" wrap="nowrap" visibleFrom="lg">
            <ColorSchemeSwitch />
            <LanguageSwitch />
            <UserArea session={session.data} />
          </Group>
          <Group hiddenFrom="lg" gap="xs" wrap="nowrap">
            <ColorSchemeSwitch />
            <LazyAccountMenu session={session.data} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        {shellRegion !== undefined && <MainNav regionId={shellRegion} onNavigate={close} />}
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <UpstreamRateNotice />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
