import { loginRequestSchema, type LoginRequest } from '@gc/contracts';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorDetails } from '../../../components/ui/error-details';
import { errorMessage } from '../../../components/ui/error-message';
import { useLogin } from '../../../lib/auth';
import { serverFieldErrors, validateWith } from '../../../lib/form-validation';

/** Username and password; a wrong pair is shown on the form, not as a toast. */
export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const form = useForm<LoginRequest>({
    initialValues: { username: '', password: '' },
    validate: validateWith(loginRequestSchema, (v: LoginRequest) => v, t),
  });
  const failure = login.error;
  const failureText =
    failure?.status === 401
      ? t('auth.invalidCredentials')
      : failure
        ? errorMessage(failure, t)
        : '';

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (values) =>
          login.mutate(values, {
            onSuccess,
            onError: (error) => form.setErrors(serverFieldErrors(error, t, form.values).fields),
          }),
        // A new attempt that fails on the form clears the old server answer ("Sign-in failed").
        () => login.reset(),
      )}
    >
      <Stack>
        {failure && (
          <Alert color="red" variant="outline" role="alert" title={t('auth.failed')}>
            <Stack gap={4}>
              <span>{failureText}</span>
              {failure.status !== 401 && <ErrorDetails error={failure} />}
            </Stack>
          </Alert>
        )}
        <TextInput
          label={t('auth.username')}
          autoComplete="username"
          required
          {...form.getInputProps('username')}
        />
        {/* A plain password field: PasswordInput's visibility toggle is also labelled
            "…password", which makes "the Password field" ambiguous for tests and screen readers. */}
        <TextInput
          type="password"
          label={t('auth.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={login.isPending}>
          {t('auth.signIn')}
        </Button>
      </Stack>
    </form>
  );
}
