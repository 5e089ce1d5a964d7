import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { PageLoader } from '../../components/ui/page-loader';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { SignInMethods } from '../../features/auth/components/sign-in-methods';
import { useSession } from '../../lib/auth';
import { LanguageSwitch } from '../layout/language-switch';
import { Logo } from '../../components/ui/logo';

/** Only same-site paths are followed after login (no open redirect through `?next=`). */
export function safeNext(next: string | null): string {
  return next !== null && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** The login page. */
export function LoginRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));

  if (session.isPending) {
    return <PageLoader fullScreen />;
  }
  if (session.data) return <Navigate to={next} replace />;

  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={380} maw="100%">
        <Stack>
          <Logo />
          <Title order={1} fz="h2">
            {t('auth.title')}
          </Title>
          <Text fz="sm">{t('auth.subtitle')}</Text>
          <SignInMethods onSuccess={() => void navigate(next, { replace: true })} />
          <LanguageSwitch />
        </Stack>
      </Paper>
    </Center>
  );
}
