import { signInRoutes, ssoFailureSchema } from '@gc/contracts';
import { Alert, Button, Divider, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSignInOptions } from '../../../lib/auth';
import { LoginForm } from './login-form';

/**
 * The ways in: "Sign in with <provider>" when single sign-on is configured, the local form unless
 * `LOCAL_LOGIN=off`, and why the provider's last attempt came back refused (`?sso=<reason>`).
 */
export function SignInMethods({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useTranslation();
  const options = useSignInOptions();
  const [params] = useSearchParams();
  const refused = ssoFailureSchema.safeParse(params.get('sso'));

  if (options.isPending) return <Skeleton h={160} />;
  // Unknown (the BFF did not answer): the local form, as before single sign-on existed.
  const local = options.data?.local ?? true;
  const oidc = options.data?.oidc;
  return (
    <Stack>
      {refused.success && (
        <Alert color="red" variant="outline" role="alert" title={t('oidc.refusedTitle')}>
          {t(`oidc.refused.${refused.data}`)}
        </Alert>
      )}
      {oidc && (
        // A navigation, not a fetch: the browser goes to the provider and comes back.
        <Button component="a" href={signInRoutes.oidcLogin.path} variant="filled">
          {t('oidc.signInWith', { name: oidc.name })}
        </Button>
      )}
      {oidc && local && <Divider label={t('oidc.or')} labelPosition="center" />}
      {local && options.data?.demo === true && (
        <Alert color="blue" variant="light" title={t('polishWords.demoHint.title')}>
          {t('polishWords.demoHint.text')}
        </Alert>
      )}
      {local && <LoginForm onSuccess={onSuccess} />}
    </Stack>
  );
}
